-- The letter settings an administrator edits (issue 18, part 5): the letterhead as
-- printed (name, department, address lines, phone, e-mail, website), the logo (PNG or
-- JPEG, checked by content and size, with its size in pixels for scaling), and a
-- version for optimistic locking. The phone becomes optional, as the default letterhead
-- has none.
alter table letter_settings
    add column printed_name varchar(120),
    add column address_lines varchar(400),
    add column email varchar(254),
    add column website varchar(200),
    add column logo bytea,
    add column logo_media_type varchar(20) check (logo_media_type in ('image/png', 'image/jpeg')),
    add column logo_width integer check (logo_width > 0),
    add column logo_height integer check (logo_height > 0),
    add column updated_by_name varchar(120),
    add column version bigint not null default 0,
    alter column contact_phone drop not null,
    add constraint letter_settings_logo check ((logo is null) = (logo_media_type is null)
        and (logo is null) = (logo_width is null) and (logo is null) = (logo_height is null)),
    add constraint letter_settings_logo_size check (logo is null or octet_length(logo) <= 512000);

-- The text blocks of the letters a municipality changed (plain text with a fixed set of
-- placeholders, checked when saved); a block without a row is the default text.
create table letter_text_block (
    municipality_id uuid not null references letter_settings (municipality_id) on delete cascade,
    block varchar(40) not null,
    text varchar(1000) not null,
    primary key (municipality_id, block)
);

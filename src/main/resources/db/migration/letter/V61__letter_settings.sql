-- A municipality's letterhead: the department that writes, who signs, and where to
-- object. Without a row, letters use the municipality's name and the college as signatory.
create table letter_settings (
    municipality_id uuid primary key references municipality (id),
    department varchar(200) not null,
    signatory_name varchar(200) not null,
    signatory_title varchar(200) not null,
    objection_address varchar(400) not null,
    contact_phone varchar(40) not null,
    updated_at timestamptz not null
);

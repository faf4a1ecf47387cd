-- The access log (in the spirit of NEN 7513): who read or changed which client's data, when,
-- why and from where. Append-only: rows can be added, never changed or removed.
create table access_log_entry (
    id bigint generated always as identity primary key,
    occurred_at timestamptz not null,
    user_id uuid not null,
    username varchar(60) not null,
    user_display_name varchar(120) not null,
    roles varchar(200) not null,
    municipality_id uuid not null,
    client_id uuid,
    action varchar(20) not null,
    purpose varchar(200) not null,
    outcome varchar(20) not null,
    remote_address varchar(64)
);

create index access_log_client_idx on access_log_entry (municipality_id, client_id, occurred_at desc, id desc);
create index access_log_user_idx on access_log_entry (municipality_id, user_id, occurred_at desc, id desc);
create index access_log_time_idx on access_log_entry (municipality_id, occurred_at desc, id desc);

create function access_log_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the access log is append-only';
end;
$$;

create trigger access_log_no_update_or_delete before update or delete on access_log_entry
    for each row execute function access_log_append_only();

create trigger access_log_no_truncate before truncate on access_log_entry
    for each statement execute function access_log_append_only();

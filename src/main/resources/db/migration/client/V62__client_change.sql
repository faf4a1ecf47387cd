-- Every change of a client's details, case lead and household members: which field, the old
-- and the new value, who (or which import) and when. Written in the same transaction as the
-- change; never updated.
create table client_change (
    id uuid primary key,
    municipality_id uuid not null references municipality (id),
    client_id uuid not null references client (id),
    field varchar(40) not null,
    old_value text,
    new_value text,
    source varchar(20) not null check (source in ('USER', 'IMPORT')),
    changed_by_id uuid references app_user (id),
    changed_by_name varchar(120) not null,
    changed_at timestamptz not null
);

create index client_change_client_idx on client_change (client_id, changed_at desc, id);

create extension if not exists pg_trgm;

create table client (
    id uuid primary key,
    municipality_id uuid not null references municipality (id),
    bsn varchar(9) not null check (bsn ~ '^[0-9]{9}$'),
    given_name varchar(100) not null,
    name_prefix varchar(20),
    family_name varchar(100) not null,
    date_of_birth date not null,
    benefit_start_date date not null,
    street varchar(120),
    house_number varchar(20),
    postal_code varchar(7),
    city varchar(80),
    phone varchar(30),
    email varchar(120),
    household_type varchar(30),
    children int,
    case_lead_id uuid references app_user (id),
    version bigint not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    search_name text generated always as
        (lower(given_name || ' ' || coalesce(name_prefix || ' ', '') || family_name)) stored,
    constraint client_bsn_unique unique (municipality_id, bsn)
);

create index client_caseload_idx on client (municipality_id, case_lead_id, family_name, given_name, id);
create index client_municipality_idx on client (municipality_id, family_name, given_name, id);
create index client_search_name_idx on client using gin (search_name gin_trgm_ops);

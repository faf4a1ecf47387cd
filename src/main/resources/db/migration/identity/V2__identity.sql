create table municipality (
    id uuid primary key,
    code varchar(10) not null unique,
    name varchar(100) not null
);

create table organisation (
    id uuid primary key,
    municipality_id uuid not null references municipality (id),
    name varchar(200) not null,
    unique (municipality_id, name)
);

create table app_user (
    id uuid primary key,
    municipality_id uuid not null references municipality (id),
    organisation_id uuid references organisation (id),
    username varchar(60) not null unique,
    display_name varchar(120) not null,
    password_hash varchar(200) not null,
    enabled boolean not null,
    failed_logins int not null,
    locked_until timestamptz,
    version bigint not null
);

create index app_user_municipality_idx on app_user (municipality_id);

create table app_user_role (
    user_id uuid not null references app_user (id) on delete cascade,
    role varchar(30) not null check (role in ('CONSULTANT', 'COORDINATOR', 'CONTRACT_MANAGER', 'MANAGER',
        'INSTITUTION_WORKER', 'ADMINISTRATOR', 'AUDITOR')),
    primary key (user_id, role)
);

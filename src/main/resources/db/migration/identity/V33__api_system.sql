-- Systems that call the API with OAuth2 client-credentials tokens (an institution's software, the
-- income administration). Each acts through an app_user row of its own, so that the access log and
-- every created_by show its name; that row can never sign in with a password.
alter table app_user add column system_account boolean not null default false;

create table api_system (
    id uuid primary key,
    municipality_id uuid not null references municipality (id),
    organisation_id uuid references organisation (id),
    user_id uuid not null unique references app_user (id),
    client_id varchar(40) not null unique,
    name varchar(120) not null,
    secret_hash varchar(200) not null,
    scopes varchar(200) not null,
    role varchar(30) not null check (role in ('CONSULTANT', 'COORDINATOR', 'CONTRACT_MANAGER', 'MANAGER',
        'INSTITUTION_WORKER')),
    created_at timestamptz not null,
    rotated_at timestamptz,
    revoked_at timestamptz,
    version bigint not null,
    check ((organisation_id is null) = (role <> 'INSTITUTION_WORKER'))
);

create index api_system_municipality_idx on api_system (municipality_id);

-- What administrators did to a system: registered, secret rotated, revoked.
create table api_system_event (
    id bigint generated always as identity primary key,
    api_system_id uuid not null references api_system (id),
    occurred_at timestamptz not null,
    action varchar(20) not null check (action in ('REGISTERED', 'ROTATED', 'REVOKED')),
    actor_id uuid,
    actor_name varchar(120) not null
);

create index api_system_event_system_idx on api_system_event (api_system_id, occurred_at desc, id desc);

-- The key that signs access tokens (PKCS#8, base64), one for every app node, made by the first node
-- that starts; its key id is its JWK thumbprint.
create table token_signing_key (
    id smallint primary key check (id = 1),
    private_key text not null,
    created_at timestamptz not null
);

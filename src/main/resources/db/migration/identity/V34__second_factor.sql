-- A TOTP second factor per user: enrolled once its first code is confirmed; the last
-- time step used, so that a code is accepted at most once.
create table second_factor (
    user_id uuid primary key references app_user (id) on delete cascade,
    secret varchar(64) not null,
    enrolled_at timestamptz,
    last_used_step bigint not null
);

-- One-time recovery codes, stored as SHA-256 of high-entropy random codes.
create table recovery_code (
    user_id uuid not null references app_user (id) on delete cascade,
    code_hash varchar(64) not null,
    used_at timestamptz,
    primary key (user_id, code_hash)
);

-- What administrators did to an account that its user does not do themselves.
create table account_event (
    id uuid primary key,
    user_id uuid not null references app_user (id) on delete cascade,
    actor_id uuid not null references app_user (id),
    kind varchar(40) not null check (kind in ('SECOND_FACTOR_RESET')),
    occurred_at timestamptz not null
);

create index account_event_user_idx on account_event (user_id, occurred_at);

-- Questions to the care coordination point: from a consultant (optionally about one client)
-- or from an institution worker (never about a client), answered by a coordinator; the asker
-- closes a request once it needs nothing more.
create table advice_request (
    id uuid primary key,
    municipality_id uuid not null references municipality (id),
    origin varchar(20) not null check (origin in ('CONSULTANT', 'INSTITUTION')),
    client_id uuid references client (id),
    organisation_id uuid references organisation (id),
    question text not null,
    asked_by_id uuid not null references app_user (id),
    asked_by_name varchar(120) not null,
    asked_at timestamptz not null,
    status varchar(20) not null check (status in ('OPEN', 'ANSWERED', 'CLOSED')),
    answer text,
    answered_by_id uuid references app_user (id),
    answered_by_name varchar(120),
    answered_at timestamptz,
    closed_at timestamptz,
    constraint advice_request_closed check ((status = 'CLOSED') = (closed_at is not null)),
    constraint advice_request_institution check (origin = 'CONSULTANT' or (client_id is null and organisation_id is not null))
);

create index advice_request_municipality_idx on advice_request (municipality_id, asked_at desc, id);
create index advice_request_client_idx on advice_request (client_id);

-- A signal of possible psychiatric or addiction problems about a client, followed up by the
-- coordination point; every follow-up is kept.
create table coordination_signal (
    id uuid primary key,
    municipality_id uuid not null references municipality (id),
    client_id uuid not null references client (id),
    kind varchar(20) not null check (kind in ('PSYCHIATRIC', 'ADDICTION', 'BOTH')),
    observation text not null,
    observed_on date not null,
    status varchar(20) not null check (status in ('NEW', 'IN_PROGRESS', 'CLOSED')),
    raised_by_id uuid not null references app_user (id),
    raised_by_name varchar(120) not null,
    raised_at timestamptz not null
);

create index coordination_signal_municipality_idx on coordination_signal (municipality_id, raised_at desc, id);
create index coordination_signal_client_idx on coordination_signal (client_id);

create table coordination_follow_up (
    id bigint generated always as identity primary key,
    signal_id uuid not null references coordination_signal (id),
    noted_on date not null,
    status varchar(20) not null check (status in ('IN_PROGRESS', 'CLOSED')),
    note text not null,
    author_id uuid not null references app_user (id),
    author_name varchar(120) not null,
    recorded_at timestamptz not null
);

create index coordination_follow_up_signal_idx on coordination_follow_up (signal_id, id);

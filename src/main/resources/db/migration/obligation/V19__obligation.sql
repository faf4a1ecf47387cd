-- Exemptions from the job-application duty. One from a KP4 decision follows the client's KP4
-- period (it ends when the profile changes) and waits for the case lead to confirm it; one
-- recorded by hand is confirmed at once.
create table exemption (
    id uuid primary key,
    client_id uuid not null references client (id),
    municipality_id uuid not null references municipality (id),
    origin varchar(20) not null check (origin in ('KP4_DECISION', 'MANUAL')),
    valid_from date not null,
    valid_until date,
    reason text not null,
    recorded_by_name varchar(120),
    recorded_at timestamptz not null,
    confirmed_by_id uuid references app_user (id),
    confirmed_by_name varchar(120),
    confirmed_at timestamptz,
    constraint exemption_period check (valid_until is null or valid_until >= valid_from)
);

create index exemption_client_idx on exemption (client_id, valid_from);

-- Facts that can back a measure, copied from the events of the conversation and agreement
-- modules, so that a measure can be checked without reaching into those modules.
create table measure_fact (
    source_id uuid not null,
    kind varchar(20) not null check (kind in ('NO_SHOW', 'REFUSAL', 'FAILED_OUTREACH', 'BROKEN_AGREEMENT')),
    client_id uuid not null references client (id),
    municipality_id uuid not null references municipality (id),
    occurred_on date not null,
    valid_reason boolean not null default false,
    tied_to_provision boolean not null default false,
    description text,
    constraint measure_fact_pk primary key (source_id, kind)
);

create index measure_fact_client_idx on measure_fact (client_id, occurred_on);

-- A measure is proposed with its ground, justification and the facts backing it, and taken
-- only when a second person (a coordinator) approves it. Each step is written once.
create table measure (
    id uuid primary key,
    client_id uuid not null references client (id),
    municipality_id uuid not null references municipality (id),
    ground varchar(40) not null check (ground in ('REFUSES_CONVERSATION', 'BROKEN_TRAJECTORY_AGREEMENT')),
    justification text not null,
    backing text not null,
    agreement_id uuid,
    proposed_by_id uuid not null references app_user (id),
    proposed_by_name varchar(120) not null,
    proposed_at timestamptz not null,
    status varchar(20) not null check (status in ('PROPOSED', 'APPROVED', 'REJECTED')),
    decided_by_id uuid references app_user (id),
    decided_by_name varchar(120),
    decided_at timestamptz,
    decision_note text
);

create index measure_client_idx on measure (client_id, proposed_at);
create index measure_municipality_idx on measure (municipality_id, proposed_at);

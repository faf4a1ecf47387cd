-- Agreements made with a client, optionally tied to a cost-bearing provision or to a
-- trajectory. The trajectory id has no foreign key: trajectories come in a later issue.
create table agreement (
    id uuid primary key,
    municipality_id uuid not null references municipality (id),
    client_id uuid not null references client (id),
    description text not null,
    made_on date not null,
    provision varchar(200),
    cost_bearing boolean not null,
    trajectory_id uuid,
    author_id uuid not null references app_user (id),
    author_name varchar(120) not null,
    recorded_at timestamptz not null,
    constraint agreement_cost_bearing_provision check (not cost_bearing or provision is not null)
);

create index agreement_client_idx on agreement (municipality_id, client_id);

-- Whether the agreement was kept or broken, appended: a correction is a new row and the
-- latest recorded row counts. A broken agreement says whether there was a valid reason.
create table agreement_outcome (
    id uuid primary key,
    agreement_id uuid not null references agreement (id),
    outcome varchar(10) not null check (outcome in ('KEPT', 'BROKEN')),
    outcome_on date not null,
    valid_reason boolean,
    explanation text,
    author_id uuid not null references app_user (id),
    author_name varchar(120) not null,
    recorded_at timestamptz not null,
    constraint agreement_outcome_broken check (outcome = 'KEPT' or (valid_reason is not null and explanation is not null))
);

create index agreement_outcome_agreement_idx on agreement_outcome (agreement_id, recorded_at);

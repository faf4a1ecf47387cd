-- Contracts with providers of the social map for a number of purchased activation
-- trajectories: price, payment schedule, nomination window, maximum and aftercare
-- duration, named phases and the target group.
create table contract (
    id                         uuid primary key,
    municipality_id            uuid           not null references municipality (id),
    provider_id                uuid           not null references map_organisation (id),
    name                       varchar(200)   not null,
    lot                        varchar(100),
    places                     integer        not null check (places between 1 and 10000),
    price                      numeric(12, 2) not null check (price >= 0),
    budget_source              varchar(100)   not null,
    schedule_kind              varchar(10)    not null check (schedule_kind in ('YEARS', 'PHASES')),
    nomination_from            date           not null,
    nomination_until           date           not null,
    max_months                 integer        not null check (max_months between 1 and 120),
    aftercare_months           integer        not null default 0 check (aftercare_months between 0 and 60),
    warning_days               integer        not null default 60 check (warning_days between 0 and 365),
    min_age_months             integer check (min_age_months between 0 and 1200),
    max_age_months             integer check (max_age_months between 0 and 1200),
    min_benefit_months         integer check (min_benefit_months between 0 and 1200),
    exceptions_need_approval   boolean        not null default false,
    version                    bigint         not null default 0,
    created_by                 uuid           not null references app_user (id),
    created_at                 timestamptz    not null,
    check (nomination_until >= nomination_from),
    check (min_age_months is null or max_age_months is null or max_age_months >= min_age_months)
);

create index contract_municipality on contract (municipality_id, nomination_from);
create index contract_provider on contract (provider_id);

create table contract_phase (
    contract_id uuid         not null references contract (id),
    number      integer      not null check (number between 1 and 10),
    name        varchar(100) not null,
    primary key (contract_id, number)
);

-- The share of the price paid per year (schedule YEARS) or per phase (schedule PHASES).
create table contract_payment (
    contract_id uuid          not null references contract (id),
    year        integer check (year between 2000 and 2100),
    phase       integer check (phase between 1 and 10),
    share       numeric(5, 2) not null check (share > 0 and share <= 100),
    check ((year is null) <> (phase is null))
);

create unique index contract_payment_line on contract_payment (contract_id, coalesce(year, 0), coalesce(phase, 0));

-- The routes within KP4 the target group is drawn from; none means any KP4 route.
create table contract_route (
    contract_id uuid        not null references contract (id),
    route       varchar(20) not null check (route in ('INVESTIGATION', 'TOWARDS_KP3', 'CARE_SUPPORT', 'REST')),
    primary key (contract_id, route)
);

-- A client's trajectory under a contract, from nomination to end and aftercare. The row
-- holds where it stands; trajectory_event keeps every step with its date.
create table trajectory (
    id               uuid primary key,
    municipality_id  uuid         not null references municipality (id),
    contract_id      uuid         not null references contract (id),
    client_id        uuid         not null references client (id),
    status           varchar(20)  not null check (status in ('AWAITING_APPROVAL', 'NOT_APPROVED', 'NOMINATED',
                                  'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'STARTED', 'ENDED')),
    nominated_on     date         not null,
    nominated_by     uuid         not null references app_user (id),
    motivation       varchar(4000) not null,
    approval_reasons varchar(4000),
    started_on       date,
    phase            integer,
    phase_since      date,
    ended_on         date,
    outcome          varchar(30) check (outcome in ('SOCIAL_ACTIVATION', 'REINTEGRATION', 'VOLUNTEER_WORK',
                                  'PAID_WORK', 'DROPPED_OUT', 'OTHER')),
    outcome_note     varchar(4000),
    aftercare_until  date,
    version          bigint       not null default 0,
    created_at       timestamptz  not null,
    check (status <> 'STARTED' or (started_on is not null and phase is not null)),
    check (status <> 'ENDED' or (ended_on is not null and outcome is not null)),
    check (ended_on is null or started_on is null or ended_on >= started_on)
);

create index trajectory_contract on trajectory (contract_id, status);
create index trajectory_client on trajectory (client_id, nominated_on);
create unique index trajectory_one_open_per_client on trajectory (client_id)
    where status in ('AWAITING_APPROVAL', 'NOMINATED', 'ACCEPTED', 'STARTED');

create table trajectory_event (
    id            uuid primary key,
    trajectory_id uuid          not null references trajectory (id),
    kind          varchar(20)   not null check (kind in ('NOMINATED', 'APPROVED', 'NOT_APPROVED', 'ACCEPTED',
                                'DECLINED', 'WITHDRAWN', 'STARTED', 'PHASE', 'REPORT', 'ENDED')),
    occurred_on   date          not null,
    phase         integer,
    outcome       varchar(30),
    note          varchar(4000),
    author_id     uuid          not null references app_user (id),
    author_name   varchar(200)  not null,
    recorded_at   timestamptz   not null
);

create index trajectory_event_trajectory on trajectory_event (trajectory_id, occurred_on, recorded_at);

-- A trajectory nearing or past its maximum duration opens a task for the case lead.
alter table task drop constraint task_type_check;
alter table task add constraint task_type_check
    check (type in ('OUTREACH', 'REST_REVIEW', 'CARE_REVIEW', 'REFERRAL_FOLLOW_UP', 'TRAJECTORY_ENDING',
                    'TRAJECTORY_OVERDUE'));

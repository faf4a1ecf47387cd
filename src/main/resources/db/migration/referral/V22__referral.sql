-- Referrals of a client to a service of the social map, with their status history, the
-- institution's progress notes and feedback, and purchase requests for when nothing on
-- the map fits. History is data: statuses and notes are appended, never updated.
create table referral (
    id uuid primary key,
    municipality_id uuid not null references municipality (id),
    client_id uuid not null references client (id),
    service_id uuid not null references map_service (id),
    organisation_id uuid not null references map_organisation (id),
    reason varchar(4000) not null,
    follow_up_on date,
    status varchar(20) not null
        check (status in ('PROPOSED', 'SENT', 'ACCEPTED', 'DECLINED', 'STARTED', 'ENDED', 'CANCELLED')),
    override_by uuid references app_user (id),
    override_by_name varchar(120),
    override_at timestamptz,
    override_reason varchar(2000),
    created_by uuid not null references app_user (id),
    created_at timestamptz not null,
    constraint referral_override_check check ((override_by is null) = (override_reason is null))
);

create index referral_client_idx on referral (client_id, created_at);
create index referral_organisation_idx on referral (organisation_id, status);

-- The categories shared with the organisation when the referral was sent.
create table referral_category (
    referral_id uuid not null references referral (id),
    category varchar(30) not null,
    constraint referral_category_pk primary key (referral_id, category)
);

create table referral_status (
    id uuid primary key,
    referral_id uuid not null references referral (id),
    status varchar(20) not null,
    note varchar(4000),
    author_id uuid not null references app_user (id),
    author_name varchar(120) not null,
    recorded_at timestamptz not null
);

create index referral_status_referral_idx on referral_status (referral_id, recorded_at);

create table referral_note (
    id uuid primary key,
    referral_id uuid not null references referral (id),
    kind varchar(20) not null check (kind in ('PROGRESS', 'FEEDBACK')),
    noted_on date not null,
    text varchar(4000) not null,
    author_id uuid not null references app_user (id),
    author_name varchar(120) not null,
    recorded_at timestamptz not null
);

create index referral_note_referral_idx on referral_note (referral_id, recorded_at);

create table purchase_request (
    id uuid primary key,
    municipality_id uuid not null references municipality (id),
    client_id uuid references client (id),
    what varchar(500) not null,
    why varchar(4000) not null,
    estimated_cost numeric(12, 2) not null check (estimated_cost >= 0),
    status varchar(20) not null check (status in ('OPEN', 'APPROVED', 'REJECTED')),
    requested_by uuid not null references app_user (id),
    requested_by_name varchar(120) not null,
    requested_at timestamptz not null,
    decided_by_name varchar(120),
    decided_at timestamptz,
    decision_note varchar(4000)
);

create index purchase_request_municipality_idx on purchase_request (municipality_id, requested_at);

-- A referral's follow-up date opens a task for the case lead.
alter table task drop constraint task_type_check;
alter table task add constraint task_type_check
    check (type in ('OUTREACH', 'REST_REVIEW', 'CARE_REVIEW', 'REFERRAL_FOLLOW_UP'));

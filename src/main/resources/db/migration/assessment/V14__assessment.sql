-- Assessment instruments are data: a new instrument or domain is a migration, not code. Their
-- display names live in the message bundle under instrument.<CODE> and domain.<CODE>.<DOMAIN>.
create table instrument (
    code varchar(40) primary key,
    position int not null unique
);

create table instrument_domain (
    instrument_code varchar(40) not null references instrument (code),
    code varchar(40) not null,
    position int not null,
    constraint instrument_domain_pk primary key (instrument_code, code),
    constraint instrument_domain_position_unique unique (instrument_code, position)
);

insert into instrument (code, position) values ('FIVE_DOMAINS', 1), ('ZRM', 2);

-- The five life domains of the intake questionnaire, as the public API names them.
insert into instrument_domain (instrument_code, code, position) values
    ('FIVE_DOMAINS', 'WORK', 1),
    ('FIVE_DOMAINS', 'HEALTH_AND_ADDICTION', 2),
    ('FIVE_DOMAINS', 'SOCIAL_ENVIRONMENT', 3),
    ('FIVE_DOMAINS', 'HOUSING_AND_FINANCES', 4),
    ('FIVE_DOMAINS', 'JUSTICE', 5);

-- The eleven domains of the Zelfredzaamheid-Matrix; names only, no licensed texts.
insert into instrument_domain (instrument_code, code, position) values
    ('ZRM', 'FINANCES', 1),
    ('ZRM', 'DAY_ACTIVITIES', 2),
    ('ZRM', 'HOUSING', 3),
    ('ZRM', 'DOMESTIC_RELATIONS', 4),
    ('ZRM', 'MENTAL_HEALTH', 5),
    ('ZRM', 'PHYSICAL_HEALTH', 6),
    ('ZRM', 'ADDICTION', 7),
    ('ZRM', 'ADL', 8),
    ('ZRM', 'SOCIAL_NETWORK', 9),
    ('ZRM', 'COMMUNITY_PARTICIPATION', 10),
    ('ZRM', 'JUSTICE', 11);

-- An assessment is never changed: a new insight is a new assessment, so the history stays.
create table assessment (
    id uuid primary key,
    client_id uuid not null references client (id),
    municipality_id uuid not null references municipality (id),
    instrument_code varchar(40) not null references instrument (code),
    assessed_on date not null,
    notes text,
    author_id uuid not null references app_user (id),
    author_name varchar(120) not null,
    recorded_at timestamptz not null,
    version bigint not null
);

create index assessment_client_date_idx on assessment (client_id, assessed_on, recorded_at, id);

create table assessment_score (
    assessment_id uuid not null references assessment (id),
    domain_code varchar(40) not null,
    score smallint not null check (score between 1 and 5),
    note text,
    constraint assessment_score_pk primary key (assessment_id, domain_code)
);

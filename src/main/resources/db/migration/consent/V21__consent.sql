-- Data-sharing agreements (convenanten) between the municipality and an organisation on the
-- social map, and a client's consents to share with an organisation. What may reach an
-- organisation about a client is the categories both allow on that day.
create table sharing_agreement (
    id uuid primary key,
    municipality_id uuid not null references municipality (id),
    organisation_id uuid not null references map_organisation (id),
    legal_basis varchar(500) not null,
    purpose varchar(2000) not null,
    valid_from date not null,
    valid_until date,
    recorded_by_name varchar(120) not null,
    recorded_at timestamptz not null,
    constraint sharing_agreement_period check (valid_until is null or valid_until > valid_from)
);

create index sharing_agreement_organisation_idx on sharing_agreement (organisation_id, valid_from);

create table sharing_agreement_category (
    agreement_id uuid not null references sharing_agreement (id),
    category varchar(30) not null,
    constraint sharing_agreement_category_pk primary key (agreement_id, category)
);

create table consent (
    id uuid primary key,
    client_id uuid not null references client (id),
    municipality_id uuid not null references municipality (id),
    organisation_id uuid not null references map_organisation (id),
    valid_from date not null,
    valid_until date,
    recorded_by_name varchar(120) not null,
    recorded_at timestamptz not null,
    withdrawn_at timestamptz,
    withdrawn_by_name varchar(120),
    withdrawal_reason varchar(2000),
    constraint consent_period check (valid_until is null or valid_until > valid_from)
);

create index consent_client_idx on consent (client_id, organisation_id);

create table consent_category (
    consent_id uuid not null references consent (id),
    category varchar(30) not null,
    constraint consent_category_pk primary key (consent_id, category)
);

-- The social map (sociale kaart) of a municipality. An organisation on the map is also an
-- organisation in identity (same id), so that its staff can have accounts.
create table map_organisation (
    id uuid primary key references organisation (id),
    municipality_id uuid not null references municipality (id),
    name varchar(200) not null,
    kind varchar(30) not null check (kind in ('CARE_INSTITUTION', 'PROVIDER', 'VOLUNTEER_AGENCY',
        'MUNICIPAL_TEAM', 'PARTNER_ORGANISATION')),
    description text,
    website varchar(300),
    email varchar(200),
    phone varchar(40),
    verified_on date not null,
    version bigint not null default 0
);

create index map_organisation_municipality_idx on map_organisation (municipality_id, name);

create table map_location (
    id uuid primary key,
    organisation_id uuid not null references map_organisation (id),
    name varchar(200),
    address varchar(200),
    postal_code varchar(10),
    city varchar(100) not null
);

create index map_location_organisation_idx on map_location (organisation_id);

create table map_service (
    id uuid primary key,
    organisation_id uuid not null references map_organisation (id),
    municipality_id uuid not null references municipality (id),
    name varchar(200) not null,
    category varchar(30) not null check (category in ('MENTAL_HEALTH', 'ADDICTION_CARE', 'DEBT_HELP',
        'DAY_ACTIVITIES', 'VOLUNTEER_WORK', 'SOCIAL_ACTIVATION', 'HOUSING', 'OTHER')),
    description text,
    location_id uuid references map_location (id),
    verified_on date not null
);

create index map_service_municipality_idx on map_service (municipality_id, category, name);
create index map_service_organisation_idx on map_service (organisation_id);

create table map_contact (
    id uuid primary key,
    organisation_id uuid not null references map_organisation (id),
    name varchar(120) not null,
    role varchar(120),
    email varchar(200),
    phone varchar(40)
);

create index map_contact_organisation_idx on map_contact (organisation_id);

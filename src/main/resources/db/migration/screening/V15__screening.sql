-- A screening campaign fixes its selection when it starts: the clients who were KP4 on the
-- selection date. Later route changes do not move clients in or out of the campaign.
create table screening_campaign (
    id uuid primary key,
    municipality_id uuid not null references municipality (id),
    name varchar(200) not null,
    selection_date date not null,
    started_by_id uuid not null references app_user (id),
    started_by_name varchar(120) not null,
    started_at timestamptz not null,
    closed_at timestamptz
);

create index screening_campaign_municipality_idx on screening_campaign (municipality_id, started_at);

-- One row per selected client; the outcome columns are filled once the client is examined.
create table screening_item (
    campaign_id uuid not null references screening_campaign (id),
    client_id uuid not null references client (id),
    outcome varchar(30) check (outcome in ('NO_CHANGE', 'POSSIBLY_KP3', 'OTHER_ROUTE_ADVISED')),
    advised_route varchar(30),
    note text,
    examined_by_id uuid references app_user (id),
    examined_by_name varchar(120),
    examined_at timestamptz,
    constraint screening_item_pk primary key (campaign_id, client_id),
    constraint screening_item_examined check ((outcome is null) = (examined_at is null))
);

-- Profile decisions, route changes, reviews and handovers of a client, as recorded.
-- Nothing is updated or deleted: a correction is a new row that points at the row it
-- corrects, so both "what was true on a date" and "what did we know on a date" can be
-- answered.
create table route_event (
    id              uuid primary key,
    client_id       uuid         not null references client (id),
    municipality_id uuid         not null references municipality (id),
    kind            varchar(20)  not null check (kind in ('PROFILE_DECISION', 'ROUTE_CHANGE', 'REVIEW', 'HANDOVER')),
    profile         varchar(3) check (profile in ('KP1', 'KP2', 'KP3', 'KP4')),
    route           varchar(20) check (route in ('INVESTIGATION', 'TOWARDS_KP3', 'CARE_SUPPORT', 'REST')),
    review_decision varchar(20) check (review_decision in ('EXTEND_REST', 'KEEP_CARE_SUPPORT', 'CHANGE_ROUTE')),
    effective_date  date         not null,
    review_date     date,
    organisation    varchar(200),
    reason          varchar(2000) not null,
    corrects_id     uuid references route_event (id),
    withdrawn       boolean      not null default false,
    author_id       uuid         not null,
    author_name     varchar(200) not null,
    recorded_at     timestamptz  not null,
    check (kind <> 'PROFILE_DECISION' or profile is not null or withdrawn),
    check (kind <> 'ROUTE_CHANGE' or route is not null or withdrawn),
    check (kind <> 'HANDOVER' or organisation is not null or withdrawn),
    check (kind <> 'REVIEW' or review_decision is not null or withdrawn),
    check (not withdrawn or corrects_id is not null)
);

create index route_event_client on route_event (client_id, effective_date);
create unique index route_event_corrected_once on route_event (corrects_id) where corrects_id is not null;

create function route_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'route_event is append-only';
end;
$$;

create trigger route_event_no_update before update or delete on route_event
    for each row execute function route_event_append_only();

-- The route periods as currently known, derived from route_event on every change; the
-- table that reports and selections read.
create table route_period (
    client_id       uuid        not null references client (id),
    municipality_id uuid        not null references municipality (id),
    route           varchar(20) not null,
    valid_from      date        not null,
    valid_until     date,
    primary key (client_id, valid_from),
    check (valid_until is null or valid_until > valid_from)
);

create index route_period_municipality on route_period (municipality_id, valid_from);

-- Per municipality: how often care support is reviewed and how early a rest period's end
-- comes up for review.
create table route_setting (
    municipality_id       uuid primary key references municipality (id),
    care_review_months    integer not null default 3 check (care_review_months between 1 and 24),
    rest_review_lead_days integer not null default 14 check (rest_review_lead_days between 0 and 90)
);

-- Targets a manager sets for a municipality and a period: a share (percent) or a number of
-- clients reaching a measure, or, for the time in a route, at most a share or number of clients
-- longer than max_days in it. A target is never changed: it is withdrawn and set anew.
create table target (
    id              uuid         primary key,
    municipality_id uuid         not null references municipality (id),
    measure         varchar(30)  not null check (measure in ('PAID_WORK', 'SOCIAL_ACTIVATION',
                                 'IN_TRAJECTORY_OR_GUIDANCE', 'MOVED_TO_KP3', 'TIME_IN_ROUTE')),
    unit            varchar(10)  not null check (unit in ('PERCENT', 'CLIENTS')),
    value           numeric(9, 1) not null check (value >= 0),
    route           varchar(20),
    max_days        integer      check (max_days > 0),
    valid_from      date         not null,
    valid_until     date         not null,
    created_by      uuid         not null references app_user (id),
    created_at      timestamptz  not null,
    withdrawn_by    uuid         references app_user (id),
    withdrawn_at    timestamptz,
    check (valid_until >= valid_from),
    check (unit <> 'PERCENT' or value <= 100),
    check ((measure = 'TIME_IN_ROUTE') = (route is not null and max_days is not null))
);

create index target_municipality on target (municipality_id, valid_from) where withdrawn_at is null;

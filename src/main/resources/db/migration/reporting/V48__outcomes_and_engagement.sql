-- What became of clients, for realisation against targets: one row per end that carried a coded
-- outcome (a trajectory, a referral, a KP4 route period), kept from those modules' events. For a
-- route period, source_id is the client and reached_on the period's end; for the others, the
-- trajectory or referral and the day it ended.
create table client_outcome (
    source          varchar(20) not null check (source in ('TRAJECTORY', 'REFERRAL', 'ROUTE')),
    source_id       uuid        not null,
    reached_on      date        not null,
    municipality_id uuid        not null references municipality (id),
    client_id       uuid        not null,
    outcome         varchar(30) not null,
    primary key (source, source_id, reached_on)
);

create index client_outcome_municipality on client_outcome (municipality_id, reached_on) include (outcome, client_id);

-- Who was in a trajectory or in guidance (a started referral) from a day (inclusive) until a
-- day (exclusive, null while running).
create table engagement_period (
    source          varchar(20) not null check (source in ('TRAJECTORY', 'REFERRAL')),
    source_id       uuid        not null,
    municipality_id uuid        not null references municipality (id),
    client_id       uuid        not null,
    valid_from      date        not null,
    valid_until     date,
    primary key (source, source_id)
);

create index engagement_period_municipality on engagement_period (municipality_id, valid_from)
    include (valid_until, client_id);

insert into client_outcome (source, source_id, reached_on, municipality_id, client_id, outcome)
select 'TRAJECTORY', id, ended_on, municipality_id, client_id, outcome
from trajectory where status = 'ENDED';

insert into engagement_period (source, source_id, municipality_id, client_id, valid_from, valid_until)
select 'TRAJECTORY', id, municipality_id, client_id, started_on, ended_on
from trajectory where started_on is not null;

insert into engagement_period (source, source_id, municipality_id, client_id, valid_from, valid_until)
select 'REFERRAL', r.id, r.municipality_id, r.client_id, started.on,
       (select min(s.recorded_at)::date from referral_status s
        where s.referral_id = r.id and s.status in ('ENDED', 'CANCELLED') and s.recorded_at >= started.at)
from referral r
join lateral (select min(s.recorded_at) as at, min(s.recorded_at)::date as on from referral_status s
              where s.referral_id = r.id and s.status = 'STARTED') started on started.at is not null;

insert into client_outcome (source, source_id, reached_on, municipality_id, client_id, outcome)
select 'REFERRAL', r.id, s.recorded_at::date, r.municipality_id, r.client_id, s.outcome
from referral r
join referral_status s on s.referral_id = r.id and s.status = 'ENDED' and s.outcome is not null
on conflict do nothing;

insert into client_outcome (source, source_id, reached_on, municipality_id, client_id, outcome)
select 'ROUTE', client_id, valid_until, municipality_id, client_id, outcome
from route_period where valid_until is not null and outcome is not null
on conflict do nothing;

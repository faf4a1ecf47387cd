-- Benefit facts as periods: kind, start, and an end with its reason, as the income
-- administration knows them. A client has at most one open period; periods of one client
-- do not overlap (checked by the application). client.benefit_start_date stays as the
-- start of the current (open) period, null without benefit, kept in step by the
-- application in the same transaction; client.without_benefit marks a client registered
-- without social-assistance benefit (NUG or Anw).
create table benefit_period (
    id              uuid primary key,
    client_id       uuid        not null references client (id),
    municipality_id uuid        not null references municipality (id),
    kind            varchar(20) not null check (kind in ('PARTICIPATIEWET', 'IOAW', 'IOAZ')),
    start_date      date        not null,
    end_date        date,
    end_reason      varchar(20) check (end_reason in ('WORK', 'MOVED', 'OTHER_INCOME', 'DECEASED', 'OTHER')),
    recorded_by     uuid references app_user (id),
    recorded_at     timestamptz not null,
    ended_by        uuid references app_user (id),
    ended_at        timestamptz,
    version         bigint      not null,
    check ((end_date is null) = (end_reason is null)),
    check ((end_date is null) = (ended_at is null)),
    check (end_date is null or end_date > start_date)
);

create index benefit_period_client on benefit_period (client_id, start_date);
create unique index benefit_period_one_open on benefit_period (client_id) where end_date is null;
create index benefit_period_ended on benefit_period (municipality_id, end_date) where end_date is not null;

alter table client alter column benefit_start_date drop not null;
alter table client add column without_benefit varchar(3) check (without_benefit in ('NUG', 'ANW'));
alter table client add check (benefit_start_date is null or without_benefit is null);

-- Every existing client had one Participatiewet benefit from its start date, still open;
-- recorded_by is null for what this migration made.
insert into benefit_period (id, client_id, municipality_id, kind, start_date, recorded_at, version)
select gen_random_uuid(), id, municipality_id, 'PARTICIPATIEWET', benefit_start_date, now(), 0
from client;

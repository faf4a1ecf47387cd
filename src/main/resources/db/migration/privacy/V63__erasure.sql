-- Retention and erasure (module privacy). A client whose every period has passed stays as
-- a stub row: its id and municipality, so that the reports that keep counting the client
-- (route periods, outcomes, engagement periods, measures) stay right, and the day it was
-- erased. Every personal column is cleared, so those columns may now be null; a stub
-- never shows in lists, searches, caseloads, the API or the client file.
alter table client add column erased_on date;
alter table client alter column bsn drop not null;
alter table client alter column given_name drop not null;
alter table client alter column family_name drop not null;
alter table client alter column date_of_birth drop not null;
alter table client add constraint client_erased_has_no_bsn check (erased_on is null or bsn is null);

-- Rows that stay for the reports lose their free text.
alter table route_event alter column reason drop not null;
alter table measure alter column justification drop not null;
alter table measure alter column backing drop not null;
alter table purchase_request alter column why drop not null;
alter table trajectory alter column motivation drop not null;

-- The append-only history of route events may be changed by the erasure only: inside a
-- transaction that has said so with "set local koers.erasure = 'on'" (it ends with the
-- transaction), and only by clearing the reason. An outflow's reason is a code (WORK,
-- MOVED, ...) that the report of who left KP4 counts, so it stays. Deleting stays
-- refused, always.
create or replace function route_event_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and current_setting('koers.erasure', true) = 'on'
       and (to_jsonb(new) - 'reason') = (to_jsonb(old) - 'reason') then
        if old.kind = 'OUTFLOW' then
            new.reason := old.reason;
        end if;
        return new;
    end if;
    raise exception 'route_event is append-only';
end;
$$;

-- What a retention run did, without personal data: per municipality and kind the number
-- of clients and rows erased, and how many clients were skipped for a legal hold.
create table retention_run (
    id              uuid primary key,
    municipality_id uuid        not null references municipality (id),
    started_at      timestamptz not null,
    finished_at     timestamptz,
    started_by      varchar(20) not null check (started_by in ('SCHEDULE', 'ADMINISTRATOR')),
    clients_erased  integer     not null default 0,
    clients_held    integer     not null default 0,
    clients_failed  integer     not null default 0
);

create index retention_run_municipality on retention_run (municipality_id, started_at desc);

create table retention_run_kind (
    run_id  uuid        not null references retention_run (id) on delete cascade,
    kind    varchar(20) not null,
    clients integer     not null,
    rows    integer     not null,
    primary key (run_id, kind)
);

-- Which kinds of a client have been erased, so that the next run does not count them
-- again (the client's id only; no personal data).
create table retention_erasure (
    client_id       uuid        not null references client (id),
    municipality_id uuid        not null references municipality (id),
    kind            varchar(20) not null,
    erased_on       date        not null,
    run_id          uuid        not null references retention_run (id),
    primary key (client_id, kind)
);

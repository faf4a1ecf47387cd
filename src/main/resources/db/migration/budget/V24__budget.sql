-- Budgets per municipality: a source (Werkbudget, participation budget, a targeted grant)
-- with an amount per year, of which a part may be reserved for KP4 as an amount or a
-- percentage. What is available for KP4 is the reservation when there is one, else the
-- whole amount.
create table budget (
    id                     uuid primary key,
    municipality_id        uuid          not null references municipality (id),
    source                 varchar(100)  not null,
    year                   integer       not null check (year between 2000 and 2100),
    amount                 numeric(12, 2) not null check (amount >= 0),
    reservation_percentage numeric(5, 2) check (reservation_percentage > 0 and reservation_percentage <= 100),
    reservation_amount     numeric(12, 2) check (reservation_amount >= 0 and reservation_amount <= amount),
    note                   varchar(1000),
    version                bigint        not null default 0,
    created_by             uuid          not null references app_user (id),
    created_at             timestamptz   not null,
    constraint budget_one_reservation check (reservation_percentage is null or reservation_amount is null),
    constraint budget_source_year unique (municipality_id, source, year)
);

-- Money promised against a source in a year: a trajectory's price spread by its contract's
-- payment schedule. A commitment that is no longer owed (a declined nomination, a phase
-- never reached) is released, not deleted.
create table budget_commitment (
    id              uuid primary key,
    municipality_id uuid           not null references municipality (id),
    source          varchar(100)   not null,
    year            integer        not null check (year between 2000 and 2100),
    amount          numeric(12, 2) not null check (amount >= 0),
    contract_id     uuid           not null,
    trajectory_id   uuid           not null,
    phase           integer,
    created_at      timestamptz    not null,
    released_at     timestamptz
);

create index budget_commitment_source_year on budget_commitment (municipality_id, source, year);
create index budget_commitment_trajectory on budget_commitment (trajectory_id);
create index budget_commitment_contract on budget_commitment (contract_id);

-- Paid invoices, per contract and year.
create table budget_payment (
    id              uuid primary key,
    municipality_id uuid           not null references municipality (id),
    source          varchar(100)   not null,
    year            integer        not null check (year between 2000 and 2100),
    amount          numeric(12, 2) not null check (amount > 0),
    contract_id     uuid           not null,
    paid_on         date           not null,
    reference       varchar(100)   not null,
    recorded_by     uuid           not null references app_user (id),
    recorded_at     timestamptz    not null
);

create index budget_payment_source_year on budget_payment (municipality_id, source, year);
create index budget_payment_contract on budget_payment (contract_id);

-- Legal holds (module client, used by privacy's retention run): while a hold is in force
-- the client's file is not erased, whatever its periods say. A coordinator sets a hold
-- with a reason (a court case, an objection or appeal, a fraud investigation, a request of
-- the municipality's archivist) and lifts it with a reason; both stay as the hold's
-- history. At most one hold is in force per client.
create table legal_hold (
    id              uuid primary key,
    client_id       uuid         not null references client (id),
    municipality_id uuid         not null references municipality (id),
    reason          varchar(500) not null,
    set_by_id       uuid         not null references app_user (id),
    set_by_name     varchar(200) not null,
    set_at          timestamptz  not null,
    lift_reason     varchar(500),
    lifted_by_id    uuid references app_user (id),
    lifted_by_name  varchar(200),
    lifted_at       timestamptz,
    check ((lifted_at is null) = (lift_reason is null)),
    check ((lifted_at is null) = (lifted_by_name is null))
);

create unique index legal_hold_in_force on legal_hold (client_id) where lifted_at is null;
create index legal_hold_municipality on legal_hold (municipality_id, client_id) where lifted_at is null;

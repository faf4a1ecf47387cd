-- A file from the income administration, as uploaded, and what became of it. The file is kept
-- with the run so that any node can continue an interrupted import where it stopped: the node
-- working on a run touches heartbeat_at with every batch; a running import whose heartbeat
-- stopped is taken over by the first node that claims it.
create table import_run (
    id               uuid primary key,
    municipality_id  uuid         not null references municipality (id),
    format           varchar(10)  not null check (format in ('CSV', 'NDJSON')),
    file_name        varchar(200) not null,
    file_size        bigint       not null,
    file_sha256      varchar(64)  not null,
    content          bytea        not null,
    dry_run          boolean      not null,
    status           varchar(10)  not null check (status in ('RUNNING', 'DONE', 'FAILED')),
    failure          varchar(100),
    rows_read        integer      not null default 0,
    rows_refused     integer      not null default 0,
    rows_created     integer      not null default 0,
    rows_updated     integer      not null default 0,
    rows_unchanged   integer      not null default 0,
    created_by       uuid         not null,
    created_by_name  varchar(200) not null,
    created_at       timestamptz  not null,
    heartbeat_at     timestamptz  not null,
    finished_at      timestamptz
);

create index import_run_municipality on import_run (municipality_id, created_at desc);

-- What is wrong with a row (or the file, line 0): the field, the value as shown (a BSN without
-- its middle digits) and the reason as a message key with its arguments.
create table import_problem (
    run_id     uuid         not null references import_run (id) on delete cascade,
    line       integer      not null,
    field      varchar(60)  not null,
    shown      varchar(120),
    reason     varchar(60)  not null,
    argument   varchar(60),
    primary key (run_id, line, field, reason)
);

-- Per client, the fingerprint of the import row last applied: a row whose fingerprint is
-- unchanged is skipped, so that importing the same file again changes nothing.
create table import_fingerprint (
    client_id   uuid  primary key references client (id),
    fingerprint bytea not null
);

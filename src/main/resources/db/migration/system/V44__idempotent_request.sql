-- The first answer to an API POST sent with an Idempotency-Key, per caller, kept 24 hours so that
-- a retry with the same key and body gets that answer again instead of creating a second record.
-- A row without status is a request still being processed.
create table idempotent_request (
    caller       varchar(200) not null,
    request_key  varchar(255) not null,
    method       varchar(10)  not null,
    path         varchar(2000) not null,
    body_hash    bytea        not null,
    status       integer,
    content_type varchar(200),
    location     varchar(2000),
    body         bytea,
    created_at   timestamptz  not null,
    primary key (caller, request_key)
);

create index idempotent_request_created on idempotent_request (created_at);

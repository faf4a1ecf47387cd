-- ShedLock's locks (system.JobLocks): one row per scheduled job, so that with several
-- nodes on this database each job runs on one node at a time. Times are the database's
-- own (UTC), never a node's clock.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);

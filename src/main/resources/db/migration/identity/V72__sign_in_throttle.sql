-- Throttling of failed sign-ins instead of a lock: per account ('account:<user id>') and per
-- source address ('address:<address>', IPv6 by its /64), failures since the last success
-- (one forgiven per interval) and until when the next attempt is refused. Kept in PostgreSQL so
-- that every node sees the same; not a municipality's data (sign-in comes before one is known).
-- Rows are removed a day after their last failure.
create table sign_in_throttle (
    subject varchar(100) primary key,
    failures int not null check (failures >= 0),
    last_failure timestamptz not null,
    delayed_until timestamptz
);

create index sign_in_throttle_last_failure_idx on sign_in_throttle (last_failure);

-- A lock still running becomes a delay until the same moment.
insert into sign_in_throttle (subject, failures, last_failure, delayed_until)
select 'account:' || id, 5, now(), locked_until from app_user where locked_until > now();

alter table app_user drop column failed_logins, drop column locked_until;

alter table account_event drop constraint account_event_kind_check;
alter table account_event add constraint account_event_kind_check
    check (kind in ('SECOND_FACTOR_RESET', 'THROTTLE_LIFTED', 'SESSIONS_ENDED'));

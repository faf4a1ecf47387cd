-- The access log, partitioned by month of occurred_at (UTC month boundaries), so that retention
-- can drop a whole month (drop or detach its partition) instead of deleting rows. The table keeps
-- its name and columns. Works on PostgreSQL 15 and later.
--
-- Indexes: the auditors' queries (AccessLogStore.find and overview) filter on the municipality and
-- then on a client, a user or nothing, newest first by (occurred_at, id): the three indexes below
-- serve them, defined on the parent so every partition, also the ones made later, gets them. A
-- client and a user belong to one municipality, so their indexes no longer start with it (the
-- queries still filter on it): 16 bytes less per index entry. The primary key on id is gone: no
-- query reads by id (ids stay unique by their identity sequence), and on a partitioned table it
-- would have to include occurred_at, a fourth index per row.

alter table access_log_entry rename to access_log_entry_unpartitioned;
alter table access_log_entry_unpartitioned rename constraint access_log_entry_pkey to access_log_entry_unpartitioned_pkey;
alter sequence access_log_entry_id_seq rename to access_log_entry_unpartitioned_id_seq;
alter index access_log_client_idx rename to access_log_unpartitioned_client_idx;
alter index access_log_user_idx rename to access_log_unpartitioned_user_idx;
alter index access_log_time_idx rename to access_log_unpartitioned_time_idx;

create table access_log_entry (
    id bigint generated always as identity,
    occurred_at timestamptz not null,
    user_id uuid not null,
    username varchar(60) not null,
    user_display_name varchar(120) not null,
    roles varchar(200) not null,
    municipality_id uuid not null,
    client_id uuid,
    action varchar(20) not null,
    purpose varchar(200) not null,
    outcome varchar(20) not null,
    remote_address varchar(64)
) partition by range (occurred_at);

-- Rows outside every month partition (a clock far off) land here; a month whose rows are in the
-- default partition is not created automatically (see access_log_create_partition).
create table access_log_entry_default partition of access_log_entry default;

-- The partition of one month, access_log_entry_yyyy_mm, unless it exists; false when it exists or
-- cannot be made because the default partition already holds rows of that month.
create function access_log_create_partition(first_day date) returns boolean language plpgsql as $$
declare
    partition_name text := 'access_log_entry_' || to_char(first_day, 'YYYY_MM');
    from_at timestamptz := date_trunc('month', first_day::timestamp) at time zone 'UTC';
    until_at timestamptz := (date_trunc('month', first_day::timestamp) + interval '1 month') at time zone 'UTC';
begin
    if to_regclass(partition_name) is not null then
        return false;
    end if;
    if exists (select 1 from access_log_entry_default where occurred_at >= from_at and occurred_at < until_at) then
        raise warning 'access log: rows of % are in access_log_entry_default; partition % not made', first_day,
            partition_name;
        return false;
    end if;
    execute format('create table %I partition of access_log_entry for values from (%L) to (%L)', partition_name,
        from_at, until_at);
    return true;
end;
$$;

-- The partitions of this month and the next months_ahead months (in UTC); the number made. Called
-- by the application every day (AccessLogPartitions) and here.
create function access_log_create_partitions(months_ahead integer) returns integer language plpgsql as $$
declare
    this_month date := date_trunc('month', now() at time zone 'UTC')::date;
    made integer := 0;
begin
    for i in 0..months_ahead loop
        if access_log_create_partition((this_month + make_interval(months => i))::date) then
            made := made + 1;
        end if;
    end loop;
    return made;
end;
$$;

-- A partition for every month from the oldest entry (at the earliest January 2000) until now, and
-- twelve months ahead.
do $$
declare
    first_month date := (select date_trunc('month', min(occurred_at) at time zone 'UTC')::date
                         from access_log_entry_unpartitioned);
    this_month date := date_trunc('month', now() at time zone 'UTC')::date;
begin
    if first_month is not null then
        first_month := greatest(first_month, date '2000-01-01'); -- anything older stays in the default partition
        while first_month < this_month loop
            perform access_log_create_partition(first_month);
            first_month := (first_month + interval '1 month')::date;
        end loop;
    end if;
    perform access_log_create_partitions(12);
end;
$$;

insert into access_log_entry (id, occurred_at, user_id, username, user_display_name, roles, municipality_id,
    client_id, action, purpose, outcome, remote_address)
overriding system value
select id, occurred_at, user_id, username, user_display_name, roles, municipality_id, client_id, action, purpose,
       outcome, remote_address
from access_log_entry_unpartitioned;

select setval(pg_get_serial_sequence('access_log_entry', 'id'),
              coalesce((select max(id) from access_log_entry_unpartitioned), 0) + 1, false);

drop table access_log_entry_unpartitioned;

create index access_log_client_idx on access_log_entry (client_id, occurred_at desc, id desc);
create index access_log_user_idx on access_log_entry (user_id, occurred_at desc, id desc);
create index access_log_time_idx on access_log_entry (municipality_id, occurred_at desc, id desc);

-- Append-only, as before (V4): row triggers on the parent are cloned to every partition.
create trigger access_log_no_update_or_delete before update or delete on access_log_entry
    for each row execute function access_log_append_only();

create trigger access_log_no_truncate before truncate on access_log_entry
    for each statement execute function access_log_append_only();

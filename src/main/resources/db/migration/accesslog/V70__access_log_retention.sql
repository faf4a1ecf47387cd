-- Retention of the access log (koers.retention.periods.access-log, counted per entry): a month
-- partition goes as a whole once its last moment lies further back than the period, so an entry is
-- kept at most one month longer; rows in the default partition (a clock far off) are deleted one by
-- one. The append-only trigger lets a delete pass only in a transaction that says it is retention
-- (set_config('koers.erasure', 'on', true), as V63 does for route events); updates and truncates
-- never.
create or replace function access_log_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and current_setting('koers.erasure', true) = 'on' then
        return old;
    end if;
    raise exception 'the access log is append-only';
end;
$$;

-- The month partitions (access_log_entry_yyyy_mm) whose every moment lies before the given one,
-- oldest first, with the moment each ends.
create function access_log_partitions_before(before timestamptz)
    returns table (partition_name text, ends_at timestamptz) language sql stable as $$
    select partition_name, ends_at
    from (select c.relname::text as partition_name,
                 (to_date(substr(c.relname, 18), 'YYYY_MM') + interval '1 month')::timestamp at time zone 'UTC'
                     as ends_at
          from pg_inherits i
          join pg_class c on c.oid = i.inhrelid
          where i.inhparent = 'access_log_entry'::regclass
            and c.relname ~ '^access_log_entry_[0-9]{4}_[0-9]{2}$') months
    where ends_at <= before
    order by ends_at
$$;

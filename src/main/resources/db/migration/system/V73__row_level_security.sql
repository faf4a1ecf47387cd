-- Row-level security: every table with a municipality_id shows and takes only the rows of the
-- municipality in the session setting koers.municipality (a municipality's id), which the
-- application sets on every connection it hands out (TenantScopedDataSource); 'all' shows every
-- municipality (start-up, jobs, sign-in, and work marked as crossing municipalities); without the
-- setting nothing shows. The application connects as a role that owns no table (owners and
-- superusers pass RLS); Flyway migrates as the owner, and the grants to the application's role
-- follow every migration (afterMigrate__grants.sql).
create function koers_scope_all() returns boolean language sql stable parallel safe
    return coalesce(current_setting('koers.municipality', true), '') = 'all';

create function koers_scope_municipality() returns uuid language sql stable parallel safe
    return case when current_setting('koers.municipality', true)
                     ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
                then current_setting('koers.municipality', true)::uuid end;

-- Enables the policy on one table; used here and by later migrations that add such a table
-- (RowLevelSecurityTests fails for a table with a municipality_id without it).
create function koers_enable_municipality_scope(table_name regclass) returns void language plpgsql as $$
begin
    execute format('alter table %s enable row level security', table_name);
    execute format('create policy municipality_scope on %s using (koers_scope_all() or '
        || 'municipality_id = koers_scope_municipality()) with check (koers_scope_all() or '
        || 'municipality_id = koers_scope_municipality())', table_name);
end;
$$;

do $$
declare
    scoped regclass;
begin
    for scoped in
        select c.oid::regclass
        from pg_class c
        join pg_attribute a on a.attrelid = c.oid and a.attname = 'municipality_id' and not a.attisdropped
        where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p') and not c.relispartition
    loop
        perform koers_enable_municipality_scope(scoped);
    end loop;
end;
$$;

-- The access log's partitions are made by the application at run time: as the owner, because
-- only the owner of the log may add a partition to it.
alter function access_log_create_partition(date) security definer set search_path = public;
alter function access_log_create_partitions(integer) security definer set search_path = public;

-- Retention drops the access log's expired months, also as the owner; only partitions of the
-- log that end before the moment, and the default partition's older entries.
create function access_log_remove_before(before timestamptz) returns void language plpgsql
    security definer set search_path = public as $$
declare
    expired record;
begin
    perform set_config('koers.erasure', 'on', true);
    for expired in select partition_name from access_log_partitions_before(before) loop
        execute format('drop table %I', expired.partition_name);
    end loop;
    delete from access_log_entry_default where occurred_at < before;
end;
$$;

-- The name search reads its candidates through the trigram and letter indexes. Under RLS the
-- planner may not use an index for an operator that is not leakproof (like, @>) before the
-- policy, so these two run as the owner, for the municipality asked, which must be in scope.
create function client_ids_with_name_like(municipality uuid, pattern text) returns setof uuid language sql stable
    security definer set search_path = public as $$
    select id from client
    where municipality_id = municipality and (koers_scope_all() or municipality = koers_scope_municipality())
      and search_name like pattern escape '\'
$$;

create function client_ids_with_name_grams(municipality uuid, part text) returns setof uuid language sql stable
    security definer set search_path = public as $$
    select id from client
    where municipality_id = municipality and (koers_scope_all() or municipality = koers_scope_municipality())
      and client_name_grams(search_name) @> array[part]
$$;

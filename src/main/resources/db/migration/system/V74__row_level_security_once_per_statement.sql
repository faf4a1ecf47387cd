-- The municipality's policy reads the session setting once per statement instead of once per
-- row: written as in V73, PostgreSQL inlines the two scope functions into a filter that runs
-- current_setting and a regular expression for every row it reads, which made the reports over
-- many rows up to twice as slow (benchmark at M, docs/performance.md). As scalar subqueries they
-- become init plans, computed once, and "municipality_id = $1" can be an index condition.
create or replace function koers_enable_municipality_scope(table_name regclass) returns void language plpgsql as $$
begin
    execute format('alter table %s enable row level security', table_name);
    execute format('create policy municipality_scope on %s using ((select koers_scope_all()) or '
        || 'municipality_id = (select koers_scope_municipality())) with check ((select koers_scope_all()) or '
        || 'municipality_id = (select koers_scope_municipality()))', table_name);
end;
$$;

do $$
declare
    scoped regclass;
begin
    for scoped in
        select p.polrelid::regclass from pg_policy p where p.polname = 'municipality_scope'
    loop
        execute format('alter policy municipality_scope on %s using ((select koers_scope_all()) or '
            || 'municipality_id = (select koers_scope_municipality())) with check ((select koers_scope_all()) or '
            || 'municipality_id = (select koers_scope_municipality()))', scoped);
    end loop;
end;
$$;

-- After every migration: the application's role (spring.datasource.username, koers_app by default)
-- may read and write every table and use every sequence, but owns nothing, so row-level security
-- (V73) holds for it. Skipped when that role does not exist or is the one migrating.
do $$
begin
    if exists (select from pg_roles where rolname = '${app_role}') and '${app_role}' <> current_user then
        execute format('grant usage on schema %I to %I', current_schema(), '${app_role}');
        execute format('grant select, insert, update, delete on all tables in schema %I to %I',
            current_schema(), '${app_role}');
        execute format('grant usage, select on all sequences in schema %I to %I', current_schema(), '${app_role}');
    end if;
end;
$$;

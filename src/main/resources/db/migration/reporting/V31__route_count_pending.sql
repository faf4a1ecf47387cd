-- Count deltas as the route changes wrote them and nobody has folded into route_count_delta
-- and route_count_year yet: rows are only ever added here, so concurrent route changes of a
-- municipality never wait for each other. One writer at a time (whoever holds the
-- municipality's fold lock) moves them into the per-day deltas and the yearly snapshots, in
-- one transaction; the report adds the rows still here, so it is exact either way. No foreign
-- key: the rows are a queue, and route_count_delta, where they end up, has one.
create table route_count_pending (
    municipality_id uuid        not null,
    day             date        not null,
    route           varchar(20) not null,
    delta           integer     not null
);

create index route_count_pending_municipality on route_count_pending (municipality_id, day) include (route, delta);

-- The clients on a route on a date by the day they joined it: the target on the time in a
-- route counts those who joined long enough ago without reading the other routes' periods.
create index route_period_route on route_period (municipality_id, route, valid_from) include (valid_until);

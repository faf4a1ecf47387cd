-- Per municipality, day and route: how many clients joined (+) or left (-) the route on
-- that day, as currently known. The count on a reference date is the sum up to and
-- including that date, which reads a few thousand index entries instead of every route
-- period. Kept in step with route_period in the same transaction.
create table route_count_delta (
    municipality_id uuid        not null references municipality (id),
    day             date        not null,
    route           varchar(20) not null,
    delta           integer     not null,
    primary key (municipality_id, day, route) include (delta)
);

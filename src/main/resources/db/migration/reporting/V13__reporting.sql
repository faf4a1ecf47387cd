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

-- Per municipality, route and year: the count at the start of the year (the sum of all
-- deltas before it), so that a report adds at most a year of deltas to one snapshot.
-- Years 1990 to 2060 are kept; a date outside them sums the deltas instead.
create table route_count_year (
    municipality_id uuid        not null references municipality (id),
    year_start      date        not null,
    route           varchar(20) not null,
    count           integer     not null,
    primary key (municipality_id, year_start, route) include (count)
);

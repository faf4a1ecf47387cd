-- Flows between the KP4 routes, into KP4 and out of it, per day: how many clients moved from
-- one state to another on that day. A state is a route, NEW (entered KP4) or the way a client
-- left KP4 (LEFT_HANDOVER, LEFT_PROFILE, LEFT_BENEFIT). Kept like the route counts: a route
-- change appends to route_flow_pending only; whoever holds the municipality's fold lock moves
-- the pending rows into route_flow_day; the report adds the rows still pending.
create table route_flow_day (
    municipality_id uuid        not null references municipality (id),
    day             date        not null,
    source          varchar(20) not null,
    target          varchar(20) not null,
    count           integer     not null,
    primary key (municipality_id, day, source, target)
);

create table route_flow_pending (
    municipality_id uuid        not null,
    day             date        not null,
    source          varchar(20) not null,
    target          varchar(20) not null,
    delta           integer     not null
);

create index route_flow_pending_municipality on route_flow_pending (municipality_id, day) include (source, target, delta);

-- The flows of the history recorded so far: a period's start (after the period it follows,
-- or NEW), and the end of a period no other period follows (with the way the client left,
-- read from the route event on that day as the outflow report reads it).
insert into route_flow_day (municipality_id, day, source, target, count)
select municipality_id, day, source, target, count(*)::int
from (
    select p.municipality_id, p.valid_from as day, coalesce(previous.route, 'NEW') as source, p.route as target
    from route_period p
    left join route_period previous on previous.client_id = p.client_id and previous.valid_until = p.valid_from
    union all
    select p.municipality_id, p.valid_until, p.route,
           case e.kind when 'HANDOVER' then 'LEFT_HANDOVER' when 'OUTFLOW' then 'LEFT_BENEFIT' else 'LEFT_PROFILE' end
    from route_period p
    left join lateral (
        select x.kind from route_event x
        where x.client_id = p.client_id and x.effective_date = p.valid_until
          and x.kind in ('OUTFLOW', 'HANDOVER') and not x.withdrawn
          and not exists (select 1 from route_event c where c.corrects_id = x.id)
        order by x.kind limit 1) e on true
    where p.valid_until is not null
      and not exists (select 1 from route_period n where n.client_id = p.client_id and n.valid_from = p.valid_until)
) flows
group by municipality_id, day, source, target;

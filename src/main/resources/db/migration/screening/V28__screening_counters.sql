-- A campaign keeps its progress in counters, updated in the transaction that records an
-- outcome, so that the campaigns page reads one row per campaign instead of counting
-- every selected client.
alter table screening_campaign
    add column total int not null default 0,
    add column no_change int not null default 0,
    add column possibly_kp3 int not null default 0,
    add column other_route_advised int not null default 0;

update screening_campaign c
set total = counts.total,
    no_change = counts.no_change,
    possibly_kp3 = counts.possibly_kp3,
    other_route_advised = counts.other_route_advised
from (select campaign_id,
             count(*) as total,
             count(*) filter (where outcome = 'NO_CHANGE') as no_change,
             count(*) filter (where outcome = 'POSSIBLY_KP3') as possibly_kp3,
             count(*) filter (where outcome = 'OTHER_ROUTE_ADVISED') as other_route_advised
      from screening_item group by campaign_id) counts
where counts.campaign_id = c.id;

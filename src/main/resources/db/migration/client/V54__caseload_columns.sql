-- The caseload's columns that other modules own: the route today and the next review
-- (kept by route), the next appointment still to be held and the last contact (kept by
-- conversation). They write them through client.api.CaseloadColumns in their own
-- transaction, so that a caseload of a whole municipality sorts and pages by them in one
-- query on an index instead of asking every module for every client.
alter table client
    add column caseload_route   varchar(20),
    add column next_review      date,
    add column next_appointment timestamp,
    add column last_contact     timestamp;

-- Sorting a municipality's clients (coordinators) by a column walks one of these indexes;
-- the coalesce puts clients without a value last (and those never contacted first). The
-- queries use exactly these expressions. A consultant's own caseload (a few hundred)
-- is read by client_caseload_idx and sorted.
create index client_route_sort_idx on client (municipality_id, coalesce(caseload_route, '~'), family_name, given_name, id);
create index client_review_sort_idx on client (municipality_id, coalesce(next_review, 'infinity'::date), id);
create index client_appointment_sort_idx on client (municipality_id, coalesce(next_appointment, 'infinity'::timestamp), id);
create index client_contact_sort_idx on client (municipality_id, coalesce(last_contact, '-infinity'::timestamp), id);

-- One-off fill from what route and conversation already hold (afterwards they keep it):
-- the same definitions as RouteService and CaseloadConversations use.
update client c
set caseload_route = p.route
from route_period p
where p.client_id = c.id and p.valid_from <= current_date and (p.valid_until is null or p.valid_until > current_date);

update client c
set next_review = t.due
from (select client_id, min(due_date) as due from task
      where status = 'OPEN' and type in ('REST_REVIEW', 'CARE_REVIEW') group by client_id) t
where t.client_id = c.id;

update client c
set next_appointment = a.planned
from (select client_id, min(planned_at) as planned from appointment where status = 'PLANNED' group by client_id) a
where a.client_id = c.id;

update client c
set last_contact = l.last
from (select client_id, max(at) as last from (
          select client_id, planned_at as at from appointment where status = 'HELD'
          union all
          select client_id, occurred_at from contact where not refused) contacts
      group by client_id) l
where l.client_id = c.id;

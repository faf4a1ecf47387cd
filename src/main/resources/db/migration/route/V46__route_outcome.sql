-- Outcomes as data (issue 16): what became of a client when a route ended, recorded with
-- the event that ended it (a route change, a profile decision out of KP4, a handover, an
-- outflow) and carried into the route periods. A code from client.api.Outcome; optional
-- on route changes and profile decisions, so older events and other systems may leave it out.
alter table route_event add column outcome varchar(30)
    constraint route_event_outcome_check
    check (outcome in ('PAID_WORK', 'VOLUNTEER_WORK', 'SOCIAL_ACTIVATION', 'DAY_ACTIVITIES', 'EDUCATION', 'CARE',
                       'REINTEGRATION', 'NO_CHANGE', 'DROPPED_OUT', 'MOVED', 'OTHER'));

-- Recorded before the code existed: a handover went on to re-integration; an outflow's
-- outcome follows from its benefit end reason, as Outcome.of(BenefitEndReason) does.
-- route_event is append-only (V12's trigger refuses updates); this one-off backfill of a new
-- column is the only exception, so the trigger is off for these two statements only.
alter table route_event disable trigger route_event_no_update;
update route_event set outcome = 'REINTEGRATION' where kind = 'HANDOVER' and not withdrawn;
update route_event
set outcome = case reason when 'WORK' then 'PAID_WORK' when 'MOVED' then 'MOVED' else 'OTHER' end
where kind = 'OUTFLOW' and not withdrawn;
alter table route_event enable trigger route_event_no_update;

alter table route_period add column outcome varchar(30)
    constraint route_period_outcome_check
    check (outcome in ('PAID_WORK', 'VOLUNTEER_WORK', 'SOCIAL_ACTIVATION', 'DAY_ACTIVITIES', 'EDUCATION', 'CARE',
                       'REINTEGRATION', 'NO_CHANGE', 'DROPPED_OUT', 'MOVED', 'OTHER'));

-- The periods ended by such an event (effective, not corrected) carry its outcome, as
-- the replay of the history now gives them.
update route_period p
set outcome = e.outcome
from route_event e
where e.client_id = p.client_id and e.effective_date = p.valid_until
  and e.kind in ('OUTFLOW', 'HANDOVER') and not e.withdrawn and e.outcome is not null
  and not exists (select 1 from route_event c where c.corrects_id = e.id)
  and not exists (select 1 from route_period n where n.client_id = p.client_id and n.valid_from = p.valid_until);

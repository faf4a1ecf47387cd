-- Outflow: the client's benefit ended, which ends the KP4 route on that date like a
-- handover does. The reason of an outflow event is the benefit's end reason as a code.
alter table route_event drop constraint route_event_kind_check;
alter table route_event add constraint route_event_kind_check
    check (kind in ('PROFILE_DECISION', 'ROUTE_CHANGE', 'REVIEW', 'HANDOVER', 'OUTFLOW'));
alter table route_event add constraint route_event_outflow_reason
    check (kind <> 'OUTFLOW' or withdrawn or reason in ('WORK', 'MOVED', 'OTHER_INCOME', 'DECEASED', 'OTHER'));

-- The route report's flows: KP4 periods that ended in a period, per municipality.
create index route_period_ended on route_period (municipality_id, valid_until) where valid_until is not null;

-- On outflow the client's open tasks are cancelled and the case lead gets a task that the
-- benefit ended.
alter table task drop constraint task_type_check;
alter table task add constraint task_type_check
    check (type in ('OUTREACH', 'REST_REVIEW', 'CARE_REVIEW', 'REFERRAL_FOLLOW_UP', 'TRAJECTORY_ENDING',
                    'TRAJECTORY_OVERDUE', 'BENEFIT_ENDED'));

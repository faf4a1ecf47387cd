-- Outcomes as data (issue 16): the ends of trajectories and referrals carry a code from
-- one list (client.api.Outcome) next to their free text, so that realisation can be
-- counted. One migration for both modules that record such an end.

-- Trajectories: the list grows from six codes to eleven; existing codes keep their meaning.
alter table trajectory drop constraint trajectory_outcome_check;
alter table trajectory add constraint trajectory_outcome_check
    check (outcome in ('PAID_WORK', 'VOLUNTEER_WORK', 'SOCIAL_ACTIVATION', 'DAY_ACTIVITIES', 'EDUCATION', 'CARE',
                       'REINTEGRATION', 'NO_CHANGE', 'DROPPED_OUT', 'MOVED', 'OTHER'));
alter table trajectory_event add constraint trajectory_event_outcome_check
    check (outcome in ('PAID_WORK', 'VOLUNTEER_WORK', 'SOCIAL_ACTIVATION', 'DAY_ACTIVITIES', 'EDUCATION', 'CARE',
                       'REINTEGRATION', 'NO_CHANGE', 'DROPPED_OUT', 'MOVED', 'OTHER'));

-- Referrals: the code of an ended referral, on the referral and on the status step that
-- ended it; the free text stays the step's note. Referrals ended before the code existed
-- become OTHER and keep their text.
alter table referral add column outcome varchar(30)
    constraint referral_outcome_check
    check (outcome in ('PAID_WORK', 'VOLUNTEER_WORK', 'SOCIAL_ACTIVATION', 'DAY_ACTIVITIES', 'EDUCATION', 'CARE',
                       'REINTEGRATION', 'NO_CHANGE', 'DROPPED_OUT', 'MOVED', 'OTHER'));
alter table referral_status add column outcome varchar(30)
    constraint referral_status_outcome_check
    check (outcome in ('PAID_WORK', 'VOLUNTEER_WORK', 'SOCIAL_ACTIVATION', 'DAY_ACTIVITIES', 'EDUCATION', 'CARE',
                       'REINTEGRATION', 'NO_CHANGE', 'DROPPED_OUT', 'MOVED', 'OTHER'));
update referral set outcome = 'OTHER' where status = 'ENDED';
update referral_status set outcome = 'OTHER' where status = 'ENDED';
alter table referral add constraint referral_ended_outcome check (status <> 'ENDED' or outcome is not null);

-- Work for a client's case lead: outreach after a no-show, the end of a rest period, a
-- periodic care-support review. A task is open until it is done or withdrawn; closed tasks
-- are kept as a record of the work.
create table task (
    id uuid primary key,
    municipality_id uuid not null references municipality (id),
    client_id uuid not null references client (id),
    type varchar(30) not null check (type in ('OUTREACH', 'REST_REVIEW', 'CARE_REVIEW')),
    due_date date not null,
    assignee_id uuid references app_user (id),
    status varchar(20) not null check (status in ('OPEN', 'DONE', 'CANCELLED')),
    created_at timestamptz not null,
    closed_at timestamptz,
    closed_by uuid references app_user (id),
    constraint task_closed_check check ((status = 'OPEN') = (closed_at is null))
);

-- At most one open task per client and type: scheduling again moves its due date.
create unique index task_one_open_idx on task (client_id, type) where status = 'OPEN';

-- The worklists: a consultant's own open tasks, and a municipality's for coordinators, by due date.
create index task_assignee_idx on task (assignee_id, status, due_date, id);
create index task_municipality_idx on task (municipality_id, status, due_date, id);

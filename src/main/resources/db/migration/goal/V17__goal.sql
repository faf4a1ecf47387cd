-- The client's own goals. The description is in the client's words. The goal row never
-- changes after it is set, except its version, which guards status changes against
-- concurrent edits; the current status is the latest status change (ACTIVE without one).
create table goal (
    id uuid primary key,
    municipality_id uuid not null references municipality (id),
    client_id uuid not null references client (id),
    category varchar(30) not null check (category in ('BREAK_SOCIAL_ISOLATION', 'DAILY_RHYTHM', 'SELF_ESTEEM',
        'VOLUNTEER_WORK', 'PAID_WORK', 'OTHER')),
    description text not null,
    start_date date not null,
    author_id uuid not null references app_user (id),
    author_name varchar(120) not null,
    recorded_at timestamptz not null,
    version bigint not null default 0
);

create index goal_client_idx on goal (municipality_id, client_id);

-- Every status change is kept: the goal's history is data, nothing is overwritten.
create table goal_status_change (
    id uuid primary key,
    goal_id uuid not null references goal (id),
    status varchar(20) not null check (status in ('ACTIVE', 'ACHIEVED', 'STOPPED')),
    changed_on date not null,
    reason text not null,
    author_id uuid not null references app_user (id),
    author_name varchar(120) not null,
    recorded_at timestamptz not null
);

create index goal_status_change_goal_idx on goal_status_change (goal_id, changed_on, recorded_at);

create table goal_progress (
    id uuid primary key,
    goal_id uuid not null references goal (id),
    noted_on date not null,
    note text not null,
    author_id uuid not null references app_user (id),
    author_name varchar(120) not null,
    recorded_at timestamptz not null
);

create index goal_progress_goal_idx on goal_progress (goal_id, noted_on, recorded_at);

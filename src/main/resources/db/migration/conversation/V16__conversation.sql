-- Activating conversations with a client: planned appointments with their outcome,
-- contacts without an appointment, and outreach after a no-show. Planned and occurred
-- times are wall-clock times in Europe/Amsterdam (timestamp without time zone), as the
-- consultant and the client agreed them; recording times are instants (timestamptz).
create table appointment (
    id uuid primary key,
    municipality_id uuid not null references municipality (id),
    client_id uuid not null references client (id),
    consultant_id uuid not null references app_user (id),
    consultant_name varchar(120) not null,
    planned_at timestamp not null,
    channel varchar(20) not null check (channel in ('FACE_TO_FACE', 'PHONE', 'HOME_VISIT', 'VIDEO')),
    location varchar(200),
    status varchar(20) not null check (status in ('PLANNED', 'HELD', 'NO_SHOW', 'REFUSED', 'CANCELLED')),
    summary text,
    life_domains varchar(30)[] not null default '{}',
    next_step text,
    planned_by_name varchar(120) not null,
    recorded_at timestamptz not null
);

create index appointment_client_idx on appointment (client_id, planned_at);
create index appointment_agenda_idx on appointment (municipality_id, consultant_id, planned_at);

-- Every change of an appointment, so that earlier times and states are never lost:
-- planning, each rescheduling (with the time it had before), a cancellation, an outcome.
create table appointment_event (
    id uuid primary key,
    appointment_id uuid not null references appointment (id),
    kind varchar(20) not null check (kind in ('PLANNED', 'RESCHEDULED', 'CANCELLED', 'HELD', 'NO_SHOW', 'REFUSED')),
    planned_at timestamp not null,
    previous_planned_at timestamp,
    reason text,
    author_id uuid not null references app_user (id),
    author_name varchar(120) not null,
    recorded_at timestamptz not null
);

create index appointment_event_appointment_idx on appointment_event (appointment_id, recorded_at);

create table contact (
    id uuid primary key,
    municipality_id uuid not null references municipality (id),
    client_id uuid not null references client (id),
    occurred_at timestamp not null,
    channel varchar(20) not null check (channel in ('FACE_TO_FACE', 'PHONE', 'HOME_VISIT', 'VIDEO')),
    summary text not null,
    refused boolean not null,
    author_id uuid not null references app_user (id),
    author_name varchar(120) not null,
    recorded_at timestamptz not null
);

create index contact_client_idx on contact (client_id, occurred_at);

create table outreach_attempt (
    id uuid primary key,
    municipality_id uuid not null references municipality (id),
    client_id uuid not null references client (id),
    method varchar(20) not null check (method in ('PHONE', 'LETTER', 'HOME_VISIT', 'VIA_INSTITUTION')),
    result varchar(20) not null check (result in ('NO_RESPONSE', 'REFUSED', 'CONTACT_RESTORED')),
    attempted_on date not null,
    note text,
    author_id uuid not null references app_user (id),
    author_name varchar(120) not null,
    recorded_at timestamptz not null
);

create index outreach_attempt_client_idx on outreach_attempt (client_id, attempted_on);

-- The letters written from the conversations (issue 18, part 5): an invitation for a
-- planned appointment, or an outreach letter after a no-show (which is also an outreach
-- attempt of method LETTER). The PDF is a document in the client file; this row says
-- which, for what, when and by whom.
create table conversation_letter (
    id uuid primary key,
    kind varchar(20) not null check (kind in ('INVITATION', 'OUTREACH')),
    municipality_id uuid not null references municipality (id),
    client_id uuid not null references client (id),
    appointment_id uuid references appointment (id),
    outreach_attempt_id uuid references outreach_attempt (id),
    document_id uuid not null references document (id),
    reply_by date,
    sent_on date not null,
    made_by_id uuid not null references app_user (id),
    made_by_name varchar(120) not null,
    made_at timestamptz not null,
    constraint conversation_letter_subject check (
        (kind = 'INVITATION' and appointment_id is not null and outreach_attempt_id is null and reply_by is null)
        or (kind = 'OUTREACH' and outreach_attempt_id is not null and appointment_id is null and reply_by is not null))
);

create index conversation_letter_client_idx on conversation_letter (client_id, made_at);

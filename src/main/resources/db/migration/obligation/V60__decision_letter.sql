-- The decision letter (beschikking) sent for a measure or an exemption: which document in
-- the client file holds it, when it was sent and, for a measure, the reduction it states.
-- One letter per decision.
create table decision_letter (
    decision_id uuid primary key,
    kind varchar(20) not null check (kind in ('MEASURE', 'EXEMPTION')),
    municipality_id uuid not null references municipality (id),
    client_id uuid not null references client (id),
    document_id uuid not null references document (id),
    reduction_percent integer check (reduction_percent between 1 and 100),
    starts_on date,
    months integer check (months between 1 and 12),
    sent_on date not null,
    made_by_id uuid not null references app_user (id),
    made_by_name varchar(120) not null,
    made_at timestamptz not null,
    constraint decision_letter_terms check ((kind = 'MEASURE') = (reduction_percent is not null
        and starts_on is not null and months is not null))
);

create index decision_letter_client_idx on decision_letter (client_id);

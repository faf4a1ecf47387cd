-- Documents in a client file: uploads (a doctor's statement, a signed plan) and the letters
-- Koers writes. The content is kept with its SHA-256, checked again on every read. The type
-- is what the content is (PDF, JPEG, PNG), never what the name says.
create table document (
    id uuid primary key,
    municipality_id uuid not null references municipality (id),
    client_id uuid not null references client (id),
    kind varchar(20) not null check (kind in ('UPLOAD', 'LETTER')),
    title varchar(200) not null,
    file_name varchar(120) not null,
    media_type varchar(40) not null check (media_type in ('application/pdf', 'image/jpeg', 'image/png')),
    size_bytes integer not null check (size_bytes > 0),
    sha256 char(64) not null,
    content bytea not null,
    author_id uuid not null references app_user (id),
    author_name varchar(120) not null,
    recorded_at timestamptz not null
);

create index document_client_idx on document (client_id, recorded_at desc);

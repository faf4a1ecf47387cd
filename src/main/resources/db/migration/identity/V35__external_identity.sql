-- Single sign-on: the account an identity provider's user signs in to. The user id claim is
-- unique only per provider, so the registration and issuer are part of the key: repointing a
-- registration to another issuer never lets that issuer's users into existing accounts.
create table external_identity (
    user_id uuid primary key references app_user (id) on delete cascade,
    registration_id varchar(40) not null,
    issuer varchar(300) not null,
    subject varchar(255) not null,
    unique (registration_id, issuer, subject)
);

-- Users who sign in with single sign-on have no Koers password (no form login, no HTTP Basic).
alter table app_user alter column password_hash drop not null;

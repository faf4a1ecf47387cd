-- The household a client belongs to: benefit is granted to a household, and reports count
-- households as well as people. Two clients who live together (partners who are both KP4)
-- share one household. Members are the other people of the household, with their relation
-- to the household's first client; a member who is a client of the same municipality points
-- at that client. members_recorded_at stays null until someone records the members; until
-- then the client's household_type and children (as registered) describe the household.
create table household (
    id                  uuid primary key,
    municipality_id     uuid        not null references municipality (id),
    members_recorded_at timestamptz,
    version             bigint      not null default 0
);

create table household_member (
    id            uuid primary key,
    household_id  uuid         not null references household (id) on delete cascade,
    position      integer      not null,
    relation      varchar(10)  not null check (relation in ('PARTNER', 'CHILD', 'OTHER')),
    given_name    varchar(100) not null,
    name_prefix   varchar(20),
    family_name   varchar(100) not null,
    date_of_birth date,
    bsn           varchar(9) check (bsn ~ '^[0-9]{9}$'),
    client_id     uuid references client (id),
    unique (household_id, position)
);

create unique index household_member_client on household_member (client_id) where client_id is not null;

-- Every existing client gets a household of their own, with the client's id as its id and no
-- members recorded: household_type and children keep describing it until members are recorded.
alter table client add column household_id uuid;

insert into household (id, municipality_id) select id, municipality_id from client;

update client set household_id = id;

alter table client alter column household_id set not null;
alter table client add constraint client_household_fk foreign key (household_id) references household (id);

create index client_household on client (household_id);

-- A client registered without a household (every way in: the form, the API, an import) gets
-- one of their own, the same way the migration gave one to the clients before it.
create function client_own_household() returns trigger language plpgsql as $$
begin
    if new.household_id is null then
        insert into household (id, municipality_id) values (new.id, new.municipality_id);
        new.household_id := new.id;
    end if;
    return new;
end;
$$;

create trigger client_own_household before insert on client
    for each row execute function client_own_household();

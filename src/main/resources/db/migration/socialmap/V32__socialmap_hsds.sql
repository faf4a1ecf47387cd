-- HSDS 3.0 both ways. An entry imported from an HSDS package keeps the package's id
-- (hsds_id), so that importing the package again updates it instead of adding a copy; an
-- entry made in Koers is exported under its own id (hsds_id null). A service has an HSDS
-- status; a location keeps the HSDS address fields Koers had no place for.
alter table map_organisation add column hsds_id uuid;
create unique index map_organisation_hsds_idx on map_organisation (municipality_id, coalesce(hsds_id, id));

alter table map_location add column hsds_id uuid;
alter table map_location add column state_province varchar(100);
alter table map_location add column country varchar(2);
create index map_location_hsds_idx on map_location (hsds_id);

alter table map_service add column hsds_id uuid;
alter table map_service add column status varchar(20) not null default 'active'
    check (status in ('active', 'inactive', 'defunct', 'temporarily closed'));
create unique index map_service_hsds_idx on map_service (municipality_id, coalesce(hsds_id, id));

alter table map_contact add column hsds_id uuid;
create index map_contact_hsds_idx on map_contact (hsds_id);

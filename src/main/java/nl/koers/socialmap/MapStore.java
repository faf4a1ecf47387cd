package nl.koers.socialmap;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.koers.socialmap.api.MapEntries.Contact;
import nl.koers.socialmap.api.MapEntries.Location;
import nl.koers.socialmap.api.MapEntries.Organisation;
import nl.koers.socialmap.api.MapEntries.OrganisationSummary;
import nl.koers.socialmap.api.MapEntries.Service;
import nl.koers.socialmap.api.NewContactPerson;
import nl.koers.socialmap.api.NewLocation;
import nl.koers.socialmap.api.NewOrganisation;
import nl.koers.socialmap.api.NewService;
import nl.koers.socialmap.api.OrganisationKind;
import nl.koers.socialmap.api.ServiceCategory;
import nl.koers.socialmap.api.ServiceSearch;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.util.StringUtils;

/**
 * The social map in plain SQL. Lists are paged by key on (name, id); an entry is stale
 * when it was verified before the cut-off day given.
 */
@Repository
class MapStore {

	private static final String SERVICE = """
			select s.id, s.organisation_id, o.name as organisation_name, s.name, s.category, s.description,
			       s.location_id, l.city, s.verified_on, s.status
			from map_service s join map_organisation o on o.id = s.organisation_id
			left join map_location l on l.id = s.location_id
			""";

	private final JdbcClient jdbc;

	MapStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insertOrganisation(UUID id, UUID municipalityId, NewOrganisation form) {
		this.jdbc
			.sql("insert into map_organisation (id, municipality_id, name, kind, description, website, email, "
					+ "phone, verified_on) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, municipalityId, form.name().strip(), form.kind().name(), form.description(), form.website(),
					form.email(), form.phone(), form.verifiedOn())
			.update();
	}

	boolean updateOrganisation(UUID municipalityId, UUID id, NewOrganisation form) {
		return this.jdbc
			.sql("update map_organisation set name = ?, kind = ?, description = ?, website = ?, email = ?, phone = ?, "
					+ "verified_on = ?, version = version + 1 where municipality_id = ? and id = ? and version = ?")
			.params(form.name().strip(), form.kind().name(), form.description(), form.website(), form.email(),
					form.phone(), form.verifiedOn(), municipalityId, id, form.version())
			.update() == 1;
	}

	void verify(UUID id, LocalDate day) {
		this.jdbc.sql("update map_organisation set verified_on = ?, version = version + 1 where id = ?")
			.params(day, id)
			.update();
		this.jdbc.sql("update map_service set verified_on = ? where organisation_id = ?").params(day, id).update();
	}

	UUID insertLocation(UUID organisationId, NewLocation form) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("insert into map_location (id, organisation_id, name, address, postal_code, city) "
					+ "values (?, ?, ?, ?, ?, ?)")
			.params(id, organisationId, form.name(), form.address(), form.postalCode(), form.city().strip())
			.update();
		return id;
	}

	void insertContact(UUID organisationId, NewContactPerson form) {
		this.jdbc
			.sql("insert into map_contact (id, organisation_id, name, role, email, phone) values (?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), organisationId, form.name().strip(), form.role(), form.email(), form.phone())
			.update();
	}

	UUID insertService(UUID organisationId, UUID municipalityId, NewService form) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("insert into map_service (id, organisation_id, municipality_id, name, category, description, "
					+ "location_id, verified_on) values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, organisationId, municipalityId, form.name().strip(), form.category().name(), form.description(),
					form.locationId(), form.verifiedOn())
			.update();
		return id;
	}

	boolean hasLocation(UUID organisationId, UUID locationId) {
		return this.jdbc.sql("select count(*) from map_location where organisation_id = ? and id = ?")
			.params(organisationId, locationId)
			.query(Integer.class)
			.single() > 0;
	}

	Optional<Organisation> organisation(UUID municipalityId, UUID id, LocalDate staleBefore) {
		return this.jdbc
			.sql("select id, name, kind, description, website, email, phone, verified_on, version "
					+ "from map_organisation where municipality_id = ? and id = ?")
			.params(municipalityId, id)
			.query((rs, n) -> new Organisation(id, rs.getString("name"), OrganisationKind.valueOf(rs.getString("kind")),
					rs.getString("description"), rs.getString("website"), rs.getString("email"), rs.getString("phone"),
					rs.getObject("verified_on", LocalDate.class),
					rs.getObject("verified_on", LocalDate.class).isBefore(staleBefore), rs.getLong("version"),
					locations(id), contacts(id), servicesOf(id, staleBefore)))
			.optional();
	}

	List<OrganisationSummary> organisations(UUID municipalityId, String text, boolean onlyStale, LocalDate staleBefore,
			String afterName, UUID afterId, int limit) {
		StringBuilder sql = new StringBuilder("""
				select o.id, o.name, o.kind, o.verified_on,
				       (select count(*) from map_service s where s.organisation_id = o.id) as services
				from map_organisation o where o.municipality_id = ?""");
		List<Object> args = new ArrayList<>(List.of(municipalityId));
		if (StringUtils.hasText(text)) {
			sql.append(
					" and (lower(o.name) like ? escape '\\' or lower(coalesce(o.description, '')) like ? escape '\\')");
			args.add(like(text));
			args.add(like(text));
		}
		if (onlyStale) {
			sql.append(" and (o.verified_on < ? or exists (select 1 from map_service s "
					+ "where s.organisation_id = o.id and s.verified_on < ?))");
			args.add(staleBefore);
			args.add(staleBefore);
		}
		if (afterId != null) {
			sql.append(" and (o.name, o.id) > (?, ?)");
			args.add(afterName);
			args.add(afterId);
		}
		sql.append(" order by o.name, o.id limit ?");
		args.add(limit);
		return this.jdbc.sql(sql.toString())
			.params(args)
			.query((rs, n) -> new OrganisationSummary(rs.getObject("id", UUID.class), rs.getString("name"),
					OrganisationKind.valueOf(rs.getString("kind")), rs.getObject("verified_on", LocalDate.class),
					rs.getObject("verified_on", LocalDate.class).isBefore(staleBefore), rs.getInt("services")))
			.list();
	}

	List<Service> services(UUID municipalityId, ServiceSearch search, LocalDate staleBefore, String afterName,
			UUID afterId, int limit) {
		StringBuilder sql = new StringBuilder(SERVICE).append(" where s.municipality_id = ?");
		List<Object> args = new ArrayList<>(List.of(municipalityId));
		if (StringUtils.hasText(search.text())) {
			sql.append(" and (lower(s.name) like ? escape '\\' or lower(o.name) like ? escape '\\'"
					+ " or lower(coalesce(s.description, '')) like ? escape '\\')");
			for (int i = 0; i < 3; i++) {
				args.add(like(search.text()));
			}
		}
		if (search.category() != null) {
			sql.append(" and s.category = ?");
			args.add(search.category().name());
		}
		if (StringUtils.hasText(search.place())) {
			sql.append(" and (lower(l.city) = ? or (s.location_id is null and exists (select 1 from map_location ol "
					+ "where ol.organisation_id = o.id and lower(ol.city) = ?)))");
			args.add(search.place().strip().toLowerCase());
			args.add(search.place().strip().toLowerCase());
		}
		if (search.onlyStale()) {
			sql.append(" and s.verified_on < ?");
			args.add(staleBefore);
		}
		if (afterId != null) {
			sql.append(" and (s.name, s.id) > (?, ?)");
			args.add(afterName);
			args.add(afterId);
		}
		sql.append(" order by s.name, s.id limit ?");
		args.add(limit);
		return this.jdbc.sql(sql.toString()).params(args).query((rs, n) -> service(rs, staleBefore)).list();
	}

	Optional<Service> service(UUID municipalityId, UUID id, LocalDate staleBefore) {
		return this.jdbc.sql(SERVICE + " where s.municipality_id = ? and s.id = ?")
			.params(municipalityId, id)
			.query((rs, n) -> service(rs, staleBefore))
			.optional();
	}

	List<Location> locations(UUID organisationId) {
		return this.jdbc
			.sql("select id, name, address, postal_code, city from map_location where organisation_id = ? "
					+ "order by city, name, id")
			.param(organisationId)
			.query((rs, n) -> new Location(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("address"), rs.getString("postal_code"), rs.getString("city")))
			.list();
	}

	private List<Contact> contacts(UUID organisationId) {
		return this.jdbc
			.sql("select id, name, role, email, phone from map_contact where organisation_id = ? order by name, id")
			.param(organisationId)
			.query((rs, n) -> new Contact(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("role"),
					rs.getString("email"), rs.getString("phone")))
			.list();
	}

	private List<Service> servicesOf(UUID organisationId, LocalDate staleBefore) {
		return this.jdbc.sql(SERVICE + " where s.organisation_id = ? order by s.name, s.id")
			.param(organisationId)
			.query((rs, n) -> service(rs, staleBefore))
			.list();
	}

	// HSDS export and import: an entry's HSDS id is the id it was imported under, or its
	// own.

	List<Map<String, Object>> exportOrganisations(UUID municipalityId) {
		return this.jdbc
			.sql("select coalesce(hsds_id, id) as hsds, name, kind, description, website, email, phone, "
					+ "verified_on from map_organisation where municipality_id = ? order by name, id")
			.param(municipalityId)
			.query()
			.listOfRows();
	}

	List<Map<String, Object>> exportLocations(UUID municipalityId) {
		return this.jdbc
			.sql("select coalesce(l.hsds_id, l.id) as hsds, coalesce(o.hsds_id, o.id) as organisation, "
					+ "l.name, l.address, l.postal_code, l.city, l.state_province, l.country from map_location l "
					+ "join map_organisation o on o.id = l.organisation_id where o.municipality_id = ? "
					+ "order by o.name, o.id, l.city, l.name, l.id")
			.param(municipalityId)
			.query()
			.listOfRows();
	}

	List<Map<String, Object>> exportServices(UUID municipalityId) {
		return this.jdbc.sql("select coalesce(s.hsds_id, s.id) as hsds, coalesce(o.hsds_id, o.id) as organisation, "
				+ "s.name, s.category, s.description, s.status, s.verified_on, "
				+ "coalesce(l.hsds_id, l.id) as location from map_service s "
				+ "join map_organisation o on o.id = s.organisation_id left join map_location l on l.id = s.location_id "
				+ "where s.municipality_id = ? order by o.name, o.id, s.name, s.id")
			.param(municipalityId)
			.query()
			.listOfRows();
	}

	List<Map<String, Object>> exportContacts(UUID municipalityId) {
		return this.jdbc
			.sql("select coalesce(c.hsds_id, c.id) as hsds, coalesce(o.hsds_id, o.id) as organisation, "
					+ "c.name, c.role, c.email, c.phone from map_contact c "
					+ "join map_organisation o on o.id = c.organisation_id where o.municipality_id = ? "
					+ "order by o.name, o.id, c.name, c.id")
			.param(municipalityId)
			.query()
			.listOfRows();
	}

	Optional<UUID> organisationByHsds(UUID municipalityId, UUID hsdsId) {
		return this.jdbc.sql("select id from map_organisation where municipality_id = ? and coalesce(hsds_id, id) = ?")
			.params(municipalityId, hsdsId)
			.query(UUID.class)
			.optional();
	}

	Optional<UUID> childByHsds(String table, UUID municipalityId, UUID hsdsId) {
		return this.jdbc
			.sql("select c.id from " + table + " c join map_organisation o on o.id = c.organisation_id "
					+ "where o.municipality_id = ? and coalesce(c.hsds_id, c.id) = ?")
			.params(municipalityId, hsdsId)
			.query(UUID.class)
			.list()
			.stream()
			.findFirst();
	}

	void markImported(String table, UUID id, UUID hsdsId) {
		this.jdbc.sql("update " + table + " set hsds_id = ? where id = ? and id <> ?")
			.params(hsdsId, id, hsdsId)
			.update();
	}

	void replaceOrganisation(UUID id, NewOrganisation form) {
		this.jdbc
			.sql("update map_organisation set name = ?, kind = ?, description = ?, website = ?, email = ?, phone = ?, "
					+ "verified_on = ?, version = version + 1 where id = ?")
			.params(form.name().strip(), form.kind().name(), form.description(), form.website(), form.email(),
					form.phone(), form.verifiedOn(), id)
			.update();
	}

	void placeLocation(UUID id, UUID organisationId, NewLocation form, String stateProvince, String country) {
		this.jdbc
			.sql("update map_location set organisation_id = ?, name = ?, address = ?, postal_code = ?, city = ?, "
					+ "state_province = ?, country = ? where id = ?")
			.params(organisationId, form.name(), form.address(), form.postalCode(), form.city().strip(), stateProvince,
					country, id)
			.update();
	}

	void replaceService(UUID id, UUID organisationId, NewService form, String status) {
		this.jdbc.sql(
				"update map_service set organisation_id = ?, name = ?, category = ?, description = ?, location_id = ?, "
						+ "verified_on = ?, status = ? where id = ?")
			.params(organisationId, form.name().strip(), form.category().name(), form.description(), form.locationId(),
					form.verifiedOn(), status, id)
			.update();
	}

	void replaceContact(UUID id, UUID organisationId, NewContactPerson form) {
		this.jdbc
			.sql("update map_contact set organisation_id = ?, name = ?, role = ?, email = ?, phone = ? where id = ?")
			.params(organisationId, form.name().strip(), form.role(), form.email(), form.phone(), id)
			.update();
	}

	UUID insertContactReturningId(UUID organisationId, NewContactPerson form) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("insert into map_contact (id, organisation_id, name, role, email, phone) values (?, ?, ?, ?, ?, ?)")
			.params(id, organisationId, form.name().strip(), form.role(), form.email(), form.phone())
			.update();
		return id;
	}

	private static Service service(ResultSet rs, LocalDate staleBefore) throws SQLException {
		LocalDate verified = rs.getObject("verified_on", LocalDate.class);
		return new Service(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
				rs.getString("organisation_name"), rs.getString("name"),
				ServiceCategory.valueOf(rs.getString("category")), rs.getString("description"),
				rs.getObject("location_id", UUID.class), rs.getString("city"), verified, verified.isBefore(staleBefore),
				rs.getString("status"));
	}

	private static String like(String text) {
		return "%" + text.strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

}

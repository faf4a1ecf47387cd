package nl.koers.socialmap;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Validator;
import nl.koers.identity.api.Accounts;
import nl.koers.identity.api.CurrentUser;
import nl.koers.socialmap.api.NewContactPerson;
import nl.koers.socialmap.api.NewLocation;
import nl.koers.socialmap.api.NewOrganisation;
import nl.koers.socialmap.api.NewService;
import nl.koers.socialmap.api.OrganisationKind;
import nl.koers.socialmap.api.ServiceCategory;
import nl.koers.system.RefusedException;
import nl.koers.system.RefusedException.Reason;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Export and import of the social map as an HSDS 3.0 tabular data package
 * ({@code docs/social-map-hsds.md} lists what goes where).
 * <p>
 * The export is the official {@code datapackage.json} extended with Koers's
 * {@code koers_} fields, and every file it names. The import accepts any HSDS 3.0
 * package: it keeps what Koers has a place for, matches entries by HSDS id within the
 * municipality (importing a package again updates instead of adding copies), and is all
 * or nothing: when one row is wrong, nothing is imported and every wrong row and field is
 * named. Rows Koers has no place for are skipped and named in the answer.
 */
@Component
class MapTransfer {

	static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	/** Koers's service categories as an HSDS taxonomy; its terms' codes are the names. */
	static final UUID TAXONOMY = UUID.nameUUIDFromBytes("koers:taxonomy:service-category".getBytes());

	static final Set<String> STATUSES = Set.of("active", "inactive", "defunct", "temporarily closed");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MapStore store;

	private final SocialMapPolicy policy;

	private final Accounts accounts;

	private final Validator validator;

	private final Clock clock;

	MapTransfer(MapStore store, SocialMapPolicy policy, Accounts accounts, Validator validator, Clock clock) {
		this.store = store;
		this.policy = policy;
		this.accounts = accounts;
		this.validator = validator;
		this.clock = clock;
	}

	// ---------------------------------------------------------------- export

	@Transactional(readOnly = true)
	byte[] export(CurrentUser user) {
		this.policy.requireRead(user);
		UUID municipality = user.municipalityId();
		Map<String, List<Map<String, String>>> rows = new LinkedHashMap<>();
		List<Map<String, String>> phones = new ArrayList<>();
		for (Map<String, Object> o : this.store.exportOrganisations(municipality)) {
			String id = MapCsv.text(o.get("hsds"));
			String name = MapCsv.text(o.get("name"));
			Map<String, String> row = new LinkedHashMap<>();
			row.put("id", id);
			row.put("name", name);
			// HSDS requires a description: one Koers lacks is written as the name.
			row.put("description", o.get("description") == null ? name : MapCsv.text(o.get("description")));
			row.put("email", MapCsv.text(o.get("email")));
			row.put("website", MapCsv.text(o.get("website")));
			row.put("koers_kind", MapCsv.text(o.get("kind")));
			row.put("koers_verified_on", MapCsv.text(o.get("verified_on")));
			add(rows, "organizations.csv", row);
			if (o.get("phone") != null) {
				phones.add(Map.of("id", derived("phone:organization", id), "organization_id", id, "number",
						MapCsv.text(o.get("phone"))));
			}
		}
		for (Map<String, Object> l : this.store.exportLocations(municipality)) {
			String id = MapCsv.text(l.get("hsds"));
			String city = MapCsv.text(l.get("city"));
			add(rows, "locations.csv", Map.of("id", id, "location_type", "physical", "organization_id",
					MapCsv.text(l.get("organisation")), "name", MapCsv.text(l.get("name"))));
			Map<String, String> address = new LinkedHashMap<>();
			address.put("id", derived("address", id));
			address.put("location_id", id);
			// HSDS requires a street, a postal code and a province; where Koers knows
			// none, the city
			// stands in for them (and an import reads such a stand-in as unknown).
			address.put("address_1", l.get("address") == null ? city : MapCsv.text(l.get("address")));
			address.put("city", city);
			address.put("state_province",
					l.get("state_province") == null ? city : MapCsv.text(l.get("state_province")));
			address.put("postal_code", l.get("postal_code") == null ? city : MapCsv.text(l.get("postal_code")));
			address.put("country", l.get("country") == null ? "NL" : MapCsv.text(l.get("country")));
			address.put("address_type", "physical");
			add(rows, "addresses.csv", address);
		}
		for (ServiceCategory category : ServiceCategory.values()) {
			add(rows, "taxonomy_terms.csv",
					Map.of("id", term(category).toString(), "code", category.name(), "name", category.name(),
							"description", "Koers service category " + category.name(), "taxonomy_id",
							TAXONOMY.toString(), "taxonomy", "koers-service-category"));
		}
		add(rows, "taxonomies.csv", Map.of("id", TAXONOMY.toString(), "name", "koers-service-category", "description",
				"The categories of services on a Koers social map", "version", "1"));
		for (Map<String, Object> s : this.store.exportServices(municipality)) {
			String id = MapCsv.text(s.get("hsds"));
			Map<String, String> row = new LinkedHashMap<>();
			row.put("id", id);
			row.put("organization_id", MapCsv.text(s.get("organisation")));
			row.put("name", MapCsv.text(s.get("name")));
			row.put("description", MapCsv.text(s.get("description")));
			row.put("status", MapCsv.text(s.get("status")));
			row.put("assured_date", MapCsv.text(s.get("verified_on")));
			add(rows, "services.csv", row);
			ServiceCategory category = ServiceCategory.valueOf(MapCsv.text(s.get("category")));
			add(rows, "attributes.csv", Map.of("id", derived("attribute", id), "link_id", id, "link_type", "category",
					"link_entity", "service", "taxonomy_term_id", term(category).toString()));
			if (s.get("location") != null) {
				String location = MapCsv.text(s.get("location"));
				add(rows, "service_at_location.csv", Map.of("id", derived("service_at_location", id + location),
						"service_id", id, "location_id", location));
			}
		}
		for (Map<String, Object> c : this.store.exportContacts(municipality)) {
			String id = MapCsv.text(c.get("hsds"));
			add(rows, "contacts.csv",
					Map.of("id", id, "organization_id", MapCsv.text(c.get("organisation")), "name",
							MapCsv.text(c.get("name")), "title", MapCsv.text(c.get("role")), "email",
							MapCsv.text(c.get("email"))));
			if (c.get("phone") != null) {
				phones.add(Map.of("id", derived("phone:contact", id), "contact_id", id, "number",
						MapCsv.text(c.get("phone"))));
			}
		}
		rows.put("phones.csv", phones);
		ObjectNode descriptor = descriptor();
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (JsonNode resource : descriptor.get("resources")) {
			List<String> fields = new ArrayList<>();
			resource.get("schema").get("fields").forEach(field -> fields.add(field.get("name").asString()));
			headers.put(resource.get("path").asString(), fields);
		}
		return MapCsv.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(descriptor), headers, rows);
	}

	/**
	 * The official HSDS 3.0 descriptor with Koers's own fields added to the organization
	 * resource.
	 */
	static ObjectNode descriptor() {
		ObjectNode descriptor;
		try (InputStream in = new ClassPathResource("socialmap/hsds/datapackage.json").getInputStream()) {
			descriptor = (ObjectNode) JSON.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		for (JsonNode resource : descriptor.get("resources")) {
			if ("organization".equals(resource.get("name").asString())) {
				ArrayNode fields = (ArrayNode) resource.get("schema").get("fields");
				ObjectNode kind = fields.addObject();
				kind.put("name", "koers_kind");
				kind.put("type", "string");
				kind.put("title", "Koers organisation kind");
				kind.put("description", "Koers extension: what kind of organisation the entry is.");
				ObjectNode kindConstraints = kind.putObject("constraints");
				kindConstraints.put("required", false);
				kindConstraints.put("unique", false);
				ArrayNode kinds = kindConstraints.putArray("enum");
				for (OrganisationKind value : OrganisationKind.values()) {
					kinds.add(value.name());
				}
				ObjectNode verified = fields.addObject();
				verified.put("name", "koers_verified_on");
				verified.put("type", "date");
				verified.put("title", "Koers verification date");
				verified.put("description", "Koers extension: the day the organisation's entry was last checked.");
				ObjectNode verifiedConstraints = verified.putObject("constraints");
				verifiedConstraints.put("required", false);
				verifiedConstraints.put("unique", false);
			}
		}
		return descriptor;
	}

	static UUID term(ServiceCategory category) {
		return UUID.nameUUIDFromBytes(("koers:term:" + category.name()).getBytes(StandardCharsets.UTF_8));
	}

	private static String derived(String kind, String id) {
		return UUID.nameUUIDFromBytes(("koers:" + kind + ":" + id).getBytes(StandardCharsets.UTF_8)).toString();
	}

	private static void add(Map<String, List<Map<String, String>>> rows, String file, Map<String, String> row) {
		rows.computeIfAbsent(file, key -> new ArrayList<>()).add(row);
	}

	// ---------------------------------------------------------------- import

	@Transactional
	Imported importPackage(CurrentUser user, InputStream in) {
		this.policy.requireKeep(user);
		Map<String, List<CSVRecord>> files;
		try {
			files = MapCsv.read(in);
		}
		catch (IOException ex) {
			throw new RefusedException("file", "socialMap.import.unreadable");
		}
		if (files.getOrDefault("organizations.csv", List.of()).isEmpty()) {
			throw new RefusedException("file", "socialMap.import.empty");
		}
		MapImport.Parsed parsed = new MapImport(files, this.validator, LocalDate.now(this.clock)).parse();
		if (!parsed.problems().isEmpty()) {
			throw new RefusedException(parsed.problems());
		}
		return store(user.municipalityId(), parsed);
	}

	private Imported store(UUID municipality, MapImport.Parsed parsed) {
		int updated = 0;
		Map<String, UUID> organisations = new HashMap<>();
		for (MapImport.Parsed.Org org : parsed.organisations().values()) {
			Optional<UUID> existing = this.store.organisationByHsds(municipality, org.hsds());
			UUID id;
			if (existing.isPresent()) {
				id = existing.get();
				this.store.replaceOrganisation(id, org.form());
				updated++;
			}
			else {
				id = this.accounts.createOrganisation(municipality, org.form().name().strip());
				this.store.insertOrganisation(id, municipality, org.form());
				this.store.markImported("map_organisation", id, org.hsds());
			}
			organisations.put(org.key(), id);
		}
		Map<String, UUID> locations = new HashMap<>();
		for (MapImport.Parsed.Loc loc : parsed.locations().values()) {
			UUID organisation = organisations.get(loc.organisation());
			Optional<UUID> existing = this.store.childByHsds("map_location", municipality, loc.hsds());
			UUID id;
			if (existing.isPresent()) {
				id = existing.get();
				updated++;
			}
			else {
				id = this.store.insertLocation(organisation, loc.form());
				this.store.markImported("map_location", id, loc.hsds());
			}
			this.store.placeLocation(id, organisation, loc.form(), loc.stateProvince(), loc.country());
			locations.put(loc.key(), id);
		}
		for (MapImport.Parsed.Svc svc : parsed.services().values()) {
			UUID organisation = organisations.get(svc.organisation());
			NewService form = new NewService(svc.form().name(), svc.form().category(), svc.form().description(),
					svc.location() == null ? null : locations.get(svc.location()), svc.form().verifiedOn());
			Optional<UUID> existing = this.store.childByHsds("map_service", municipality, svc.hsds());
			UUID id;
			if (existing.isPresent()) {
				id = existing.get();
				updated++;
			}
			else {
				id = this.store.insertService(organisation, municipality, form);
				this.store.markImported("map_service", id, svc.hsds());
			}
			this.store.replaceService(id, organisation, form, svc.status());
		}
		for (MapImport.Parsed.Person person : parsed.contacts().values()) {
			UUID organisation = organisations.get(person.organisation());
			Optional<UUID> existing = this.store.childByHsds("map_contact", municipality, person.hsds());
			if (existing.isPresent()) {
				this.store.replaceContact(existing.get(), organisation, person.form());
				updated++;
			}
			else {
				this.store.markImported("map_contact", this.store.insertContactReturningId(organisation, person.form()),
						person.hsds());
			}
		}
		return new Imported(parsed.organisations().size(), parsed.locations().size(), parsed.services().size(),
				parsed.contacts().size(), updated, parsed.skipped());
	}

	/**
	 * What an import kept: how many organisations, locations, services and contact
	 * persons the package held (of which {@code updated} were already on the map and were
	 * updated), and the rows Koers has no place for.
	 */
	record Imported(int organisations, int locations, int services, int contacts, int updated,
			List<Skipped> skipped) implements Serializable {
	}

	/**
	 * A row the import left out because Koers has no place for it; {@code reason} is a
	 * message key suffix ({@code socialMap.import.skipped.<reason>}).
	 */
	record Skipped(String file, long row, String field, String reason) implements Serializable {
	}

	static Reason refusal(String file, CSVRecord record, String field, String reason) {
		return new Reason("file", "socialMap.import." + reason, file, record.getRecordNumber() + 1, field);
	}

	static Optional<String> value(CSVRecord record, String column) {
		String value = record.isMapped(column) && record.isSet(column) ? record.get(column) : null;
		return StringUtils.hasText(value) ? Optional.of(MapCsv.restored(value.strip())) : Optional.empty();
	}

	static LocalDate day(String value) {
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			return OffsetDateTime.parse(value).atZoneSameInstant(ZONE).toLocalDate();
		}
	}

	static Optional<ServiceCategory> category(String code) {
		try {
			return Optional.of(ServiceCategory.valueOf(code.strip().toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}

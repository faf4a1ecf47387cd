package nl.koers.socialmap;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Validator;
import nl.koers.socialmap.MapTransfer.Skipped;
import nl.koers.socialmap.api.NewContactPerson;
import nl.koers.socialmap.api.NewLocation;
import nl.koers.socialmap.api.NewOrganisation;
import nl.koers.socialmap.api.NewService;
import nl.koers.socialmap.api.OrganisationKind;
import nl.koers.socialmap.api.ServiceCategory;
import nl.koers.system.RefusedException.Reason;

import org.apache.commons.csv.CSVRecord;

/**
 * Reads the files of an HSDS 3.0 package into what Koers keeps, checking every row first:
 * each wrong value becomes a refusal naming file, row and field; each row Koers has no
 * place for is skipped and named.
 */
final class MapImport {

	private static final String ORGANIZATIONS = "organizations.csv";

	private static final String SERVICES = "services.csv";

	private static final String LOCATIONS = "locations.csv";

	private static final String ADDRESSES = "addresses.csv";

	private static final String PHONES = "phones.csv";

	private static final String CONTACTS = "contacts.csv";

	private static final String SERVICE_AT_LOCATION = "service_at_location.csv";

	private final Map<String, List<CSVRecord>> files;

	private final Validator validator;

	private final LocalDate today;

	private final List<Reason> problems = new ArrayList<>();

	private final List<Skipped> skipped = new ArrayList<>();

	MapImport(Map<String, List<CSVRecord>> files, Validator validator, LocalDate today) {
		this.files = files;
		this.validator = validator;
		this.today = today;
	}

	Parsed parse() {
		Map<String, CSVRecord> organisationRows = rows(ORGANIZATIONS);
		Map<String, CSVRecord> serviceRows = rows(SERVICES);
		Map<String, CSVRecord> locationRows = rows(LOCATIONS);
		Map<String, CSVRecord> contactRows = rows(CONTACTS);

		// phones: one for an organisation, one for a contact person
		Map<String, String> organisationPhones = new HashMap<>();
		Map<String, String> contactPhones = new HashMap<>();
		for (CSVRecord record : file(PHONES)) {
			Optional<String> number = required(PHONES, record, "number");
			if (number.isEmpty()) {
				continue;
			}
			if (number.get().length() > 40) {
				refuse(PHONES, record, "number", "tooLong");
				continue;
			}
			Optional<String> contact = MapTransfer.value(record, "contact_id").filter(contactRows::containsKey);
			Optional<String> organisation = MapTransfer.value(record, "organization_id")
				.filter(organisationRows::containsKey);
			if (contact.isPresent()) {
				contactPhones.putIfAbsent(contact.get(), number.get());
			}
			if (organisation.isPresent()
					&& (contact.isEmpty() || !organisationPhones.containsKey(organisation.get()))) {
				boolean plain = contact.isEmpty() && MapTransfer.value(record, "service_id").isEmpty()
						&& MapTransfer.value(record, "location_id").isEmpty();
				if (plain || !organisationPhones.containsKey(organisation.get())) {
					organisationPhones.put(organisation.get(), number.get());
				}
			}
			if (contact.isEmpty() && organisation.isEmpty()) {
				skip(PHONES, record, "id", "noPlace");
			}
		}

		// taxonomy: a service's category is the first of its attributes whose term is one
		Map<String, ServiceCategory> terms = new HashMap<>();
		for (CSVRecord record : file("taxonomy_terms.csv")) {
			MapTransfer.value(record, "id")
				.ifPresent(id -> MapTransfer.value(record, "code")
					.flatMap(MapTransfer::category)
					.or(() -> MapTransfer.value(record, "name").flatMap(MapTransfer::category))
					.ifPresent(category -> terms.put(id, category)));
		}
		Map<String, ServiceCategory> categories = new HashMap<>();
		for (CSVRecord record : file("attributes.csv")) {
			Optional<String> link = MapTransfer.value(record, "link_id").filter(serviceRows::containsKey);
			Optional<ServiceCategory> category = MapTransfer.value(record, "taxonomy_term_id").map(terms::get);
			if (link.isPresent() && category.isPresent()) {
				categories.putIfAbsent(link.get(), category.get());
			}
		}

		// services
		Map<String, String> serviceOrganisation = new HashMap<>();
		Map<String, Object[]> services = new LinkedHashMap<>();
		Map<String, LocalDate> latestVerified = new HashMap<>();
		for (Map.Entry<String, CSVRecord> entry : serviceRows.entrySet()) {
			CSVRecord record = entry.getValue();
			Optional<String> organisation = required(SERVICES, record, "organization_id");
			if (organisation.isPresent() && !organisationRows.containsKey(organisation.get())) {
				refuse(SERVICES, record, "organization_id", "reference");
			}
			Optional<String> status = required(SERVICES, record, "status");
			if (status.isPresent() && !MapTransfer.STATUSES.contains(status.get())) {
				refuse(SERVICES, record, "status", "invalid");
			}
			LocalDate verified = date(SERVICES, record, "assured_date")
				.or(() -> date(SERVICES, record, "last_modified"))
				.orElse(this.today);
			NewService form = new NewService(MapTransfer.value(record, "name").orElse(null),
					categories.getOrDefault(entry.getKey(), ServiceCategory.OTHER),
					MapTransfer.value(record, "description").orElse(null), null, verified);
			check(SERVICES, record, form, Map.of("name", "name", "description", "description", "verifiedOn",
					MapTransfer.value(record, "assured_date").isPresent() ? "assured_date" : "last_modified"));
			organisation.ifPresent(key -> {
				serviceOrganisation.put(entry.getKey(), key);
				latestVerified.merge(key, verified, (a, b) -> a.isAfter(b) ? a : b);
			});
			services.put(entry.getKey(), new Object[] { form, status.orElse("active") });
		}

		// service at location: which organisation a location belongs to, a service's
		// location
		List<CSVRecord> links = file(SERVICE_AT_LOCATION);
		Map<String, String> locationOrganisation = new HashMap<>();
		for (CSVRecord record : links) {
			Optional<String> service = MapTransfer.value(record, "service_id").filter(serviceOrganisation::containsKey);
			Optional<String> location = MapTransfer.value(record, "location_id");
			if (service.isPresent() && location.isPresent()) {
				locationOrganisation.putIfAbsent(location.get(), serviceOrganisation.get(service.get()));
			}
		}

		// addresses: a location's physical address, else its postal one
		Map<String, CSVRecord> addresses = new HashMap<>();
		for (CSVRecord record : file(ADDRESSES)) {
			Optional<String> location = MapTransfer.value(record, "location_id").filter(locationRows::containsKey);
			String type = MapTransfer.value(record, "address_type").orElse("physical");
			if (location.isEmpty() || "virtual".equals(type)) {
				skip(ADDRESSES, record, location.isEmpty() ? "location_id" : "address_type", "noPlace");
				continue;
			}
			CSVRecord current = addresses.get(location.get());
			if (current == null || ("physical".equals(type)
					&& !"physical".equals(MapTransfer.value(current, "address_type").orElse("physical")))) {
				addresses.put(location.get(), record);
			}
		}

		Map<String, Parsed.Loc> locations = new LinkedHashMap<>();
		for (Map.Entry<String, CSVRecord> entry : locationRows.entrySet()) {
			CSVRecord record = entry.getValue();
			Optional<String> type = required(LOCATIONS, record, "location_type");
			if (type.isPresent() && !Set.of("physical", "postal", "virtual").contains(type.get())) {
				refuse(LOCATIONS, record, "location_type", "invalid");
			}
			String organisation = MapTransfer.value(record, "organization_id")
				.filter(organisationRows::containsKey)
				.orElse(locationOrganisation.get(entry.getKey()));
			CSVRecord address = addresses.get(entry.getKey());
			if (organisation == null) {
				skip(LOCATIONS, record, "organization_id", "noOrganisation");
				continue;
			}
			if (address == null || MapTransfer.value(address, "city").isEmpty()) {
				skip(LOCATIONS, record, "id", "noAddress");
				continue;
			}
			String city = MapTransfer.value(address, "city").orElseThrow();
			String street = MapTransfer.value(address, "address_1").filter(value -> !value.equals(city)).orElse(null);
			String province = MapTransfer.value(address, "state_province")
				.filter(value -> !value.equals(city))
				.orElse(null);
			Optional<String> country = MapTransfer.value(address, "country");
			if (country.isPresent() && !country.get().matches("[A-Za-z]{2}")) {
				refuse(ADDRESSES, address, "country", "invalid");
			}
			if (province != null && province.length() > 100) {
				refuse(ADDRESSES, address, "state_province", "tooLong");
			}
			NewLocation form = new NewLocation(MapTransfer.value(record, "name").orElse(null), street,
					MapTransfer.value(address, "postal_code").filter(value -> !value.equals(city)).orElse(null), city);
			check(LOCATIONS, record, form, Map.of("name", "name"));
			check(ADDRESSES, address, form,
					Map.of("address", "address_1", "postalCode", "postal_code", "city", "city"));
			locations.put(entry.getKey(), new Parsed.Loc(entry.getKey(), uuid(entry.getKey()), organisation, form,
					province, country.map(String::toUpperCase).orElse(null)));
		}

		Map<String, String> serviceLocation = new HashMap<>();
		for (CSVRecord record : links) {
			Optional<String> service = MapTransfer.value(record, "service_id").filter(serviceOrganisation::containsKey);
			Optional<String> location = MapTransfer.value(record, "location_id").filter(locations::containsKey);
			if (service.isEmpty() || location.isEmpty()
					|| !locations.get(location.get()).organisation().equals(serviceOrganisation.get(service.get()))) {
				skip(SERVICE_AT_LOCATION, record, service.isEmpty() ? "service_id" : "location_id", "noPlace");
			}
			else if (serviceLocation.putIfAbsent(service.get(), location.get()) != null) {
				skip(SERVICE_AT_LOCATION, record, "location_id", "oneLocation");
			}
		}

		Map<String, Parsed.Org> organisations = new LinkedHashMap<>();
		for (Map.Entry<String, CSVRecord> entry : organisationRows.entrySet()) {
			CSVRecord record = entry.getValue();
			Optional<String> name = required(ORGANIZATIONS, record, "name");
			OrganisationKind kind = OrganisationKind.PROVIDER;
			Optional<String> kindValue = MapTransfer.value(record, "koers_kind");
			if (kindValue.isPresent()) {
				try {
					kind = OrganisationKind.valueOf(kindValue.get());
				}
				catch (IllegalArgumentException ex) {
					refuse(ORGANIZATIONS, record, "koers_kind", "invalid");
				}
			}
			LocalDate verified = date(ORGANIZATIONS, record, "koers_verified_on")
				.orElse(latestVerified.getOrDefault(entry.getKey(), this.today));
			String description = MapTransfer.value(record, "description")
				.filter(value -> !value.equals(name.orElse(null)))
				.orElse(null);
			NewOrganisation form = new NewOrganisation(name.orElse(null), kind, description,
					MapTransfer.value(record, "website").orElse(null), MapTransfer.value(record, "email").orElse(null),
					organisationPhones.get(entry.getKey()), verified, null);
			check(ORGANIZATIONS, record, form, Map.of("description", "description", "website", "website", "email",
					"email", "verifiedOn", "koers_verified_on"));
			organisations.put(entry.getKey(), new Parsed.Org(entry.getKey(), uuid(entry.getKey()), form));
		}

		Map<String, Parsed.Svc> parsedServices = new LinkedHashMap<>();
		services.forEach((key, value) -> {
			if (serviceOrganisation.containsKey(key)) {
				parsedServices.put(key, new Parsed.Svc(key, uuid(key), serviceOrganisation.get(key),
						serviceLocation.get(key), (NewService) value[0], (String) value[1]));
			}
		});

		Map<String, Parsed.Person> contacts = new LinkedHashMap<>();
		for (Map.Entry<String, CSVRecord> entry : contactRows.entrySet()) {
			CSVRecord record = entry.getValue();
			String organisation = MapTransfer.value(record, "organization_id")
				.filter(organisationRows::containsKey)
				.or(() -> MapTransfer.value(record, "service_id").map(serviceOrganisation::get))
				.or(() -> MapTransfer.value(record, "location_id").map(locations::get).map(Parsed.Loc::organisation))
				.orElse(null);
			if (organisation == null) {
				skip(CONTACTS, record, "organization_id", "noOrganisation");
				continue;
			}
			if (MapTransfer.value(record, "name").isEmpty()) {
				skip(CONTACTS, record, "name", "noName");
				continue;
			}
			NewContactPerson form = new NewContactPerson(MapTransfer.value(record, "name").orElseThrow(),
					MapTransfer.value(record, "title").orElse(null), MapTransfer.value(record, "email").orElse(null),
					contactPhones.get(entry.getKey()));
			check(CONTACTS, record, form, Map.of("name", "name", "role", "title", "email", "email"));
			contacts.put(entry.getKey(), new Parsed.Person(entry.getKey(), uuid(entry.getKey()), organisation, form));
		}
		return new Parsed(organisations, locations, parsedServices, contacts, this.problems, this.skipped);
	}

	/**
	 * The rows of a file by id; a missing, malformed or repeated id is refused.
	 */
	private Map<String, CSVRecord> rows(String name) {
		Map<String, CSVRecord> rows = new LinkedHashMap<>();
		Set<String> seen = new HashSet<>();
		for (CSVRecord record : file(name)) {
			Optional<String> id = required(name, record, "id");
			if (id.isEmpty()) {
				continue;
			}
			if (uuid(id.get()) == null) {
				refuse(name, record, "id", "invalid");
			}
			else if (!seen.add(id.get())) {
				refuse(name, record, "id", "duplicate");
			}
			else {
				rows.put(id.get(), record);
			}
		}
		return rows;
	}

	private List<CSVRecord> file(String name) {
		return this.files.getOrDefault(name, List.of());
	}

	private Optional<String> required(String file, CSVRecord record, String column) {
		Optional<String> value = MapTransfer.value(record, column);
		if (value.isEmpty()) {
			refuse(file, record, column, "missing");
		}
		return value;
	}

	private Optional<LocalDate> date(String file, CSVRecord record, String column) {
		Optional<String> value = MapTransfer.value(record, column);
		try {
			return value.map(MapTransfer::day);
		}
		catch (DateTimeParseException ex) {
			refuse(file, record, column, "invalid");
			return Optional.empty();
		}
	}

	private void check(String file, CSVRecord record, Object form, Map<String, String> columns) {
		this.validator.validate(form).forEach(violation -> {
			String column = columns.get(violation.getPropertyPath().toString());
			if (column != null) {
				refuse(file, record, column, "invalid");
			}
		});
	}

	private void refuse(String file, CSVRecord record, String column, String reason) {
		this.problems.add(MapTransfer.refusal(file, record, column, reason));
	}

	private void skip(String file, CSVRecord record, String column, String reason) {
		this.skipped.add(new Skipped(file, record.getRecordNumber() + 1, column, reason));
	}

	private static UUID uuid(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * What an import keeps, by the package's ids, with the refusals and skipped rows.
	 */
	record Parsed(Map<String, Org> organisations, Map<String, Loc> locations, Map<String, Svc> services,
			Map<String, Person> contacts, List<Reason> problems, List<Skipped> skipped) {

		record Org(String key, UUID hsds, NewOrganisation form) {
		}

		record Loc(String key, UUID hsds, String organisation, NewLocation form, String stateProvince, String country) {
		}

		record Svc(String key, UUID hsds, String organisation, String location, NewService form, String status) {
		}

		record Person(String key, UUID hsds, String organisation, NewContactPerson form) {
		}

	}

}

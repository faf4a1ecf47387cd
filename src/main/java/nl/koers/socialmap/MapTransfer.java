package nl.koers.socialmap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.validation.Validator;
import nl.koers.identity.api.CurrentUser;
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
import nl.koers.socialmap.api.SocialMap;
import nl.koers.system.CursorPage;
import nl.koers.system.PageLimit;
import nl.koers.system.RefusedException;
import nl.koers.system.RefusedException.Reason;

import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Export and import of the social map as an HSDS data package. An import adds the file's
 * organisations as new entries (the ids in the file only tie its rows together); it
 * checks every row first and adds nothing when one is wrong.
 */
@Component
class MapTransfer {

	private final SocialMap map;

	private final Validator validator;

	MapTransfer(SocialMap map, Validator validator) {
		this.map = map;
		this.validator = validator;
	}

	@Transactional(readOnly = true)
	byte[] export(CurrentUser user) {
		List<Organisation> organisations = new ArrayList<>();
		String next = null;
		do {
			CursorPage<OrganisationSummary> page = this.map.organisations(user, null, false, next, PageLimit.MAX);
			page.items().forEach(summary -> organisations.add(this.map.organisation(user, summary.id())));
			next = page.next();
		}
		while (next != null);
		Map<String, List<List<String>>> tables = new LinkedHashMap<>();
		tables.put("organizations.csv", organisations.stream().map(MapTransfer::row).toList());
		tables.put("locations.csv", rows(organisations, Organisation::locations, MapTransfer::row));
		tables.put("services.csv", rows(organisations, Organisation::services, MapTransfer::row));
		tables.put("contacts.csv", rows(organisations, Organisation::contacts, MapTransfer::row));
		return MapCsv.write(tables);
	}

	@Transactional
	Imported importPackage(CurrentUser user, InputStream in) {
		Map<String, List<CSVRecord>> files;
		try {
			files = MapCsv.read(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the uploaded package could not be read", ex);
		}
		if (files.get("organizations.csv").isEmpty()) {
			throw new RefusedException("file", "socialMap.import.empty");
		}
		Parsed parsed = parse(files);
		if (!parsed.problems().isEmpty()) {
			throw new RefusedException(parsed.problems());
		}
		Map<String, UUID> organisations = new HashMap<>();
		Map<String, UUID> locations = new HashMap<>();
		parsed.organisations().forEach((key, form) -> organisations.put(key, this.map.create(user, form).id()));
		parsed.locations()
			.forEach(row -> locations.put(row.key(),
					this.map.addLocation(user, organisations.get(row.organisation()), row.form()).id()));
		parsed.services().forEach(row -> {
			NewService form = row.form();
			this.map.addService(user, organisations.get(row.organisation()),
					new NewService(form.name(), form.category(), form.description(),
							row.location() == null ? null : locations.get(row.location()), form.verifiedOn()));
		});
		parsed.contacts().forEach(row -> this.map.addContact(user, organisations.get(row.organisation()), row.form()));
		return new Imported(parsed.organisations().size(), parsed.locations().size(), parsed.services().size(),
				parsed.contacts().size());
	}

	private Parsed parse(Map<String, List<CSVRecord>> files) {
		Parsed parsed = new Parsed(new LinkedHashMap<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
				new ArrayList<>());
		for (CSVRecord record : files.get("organizations.csv")) {
			Line line = new Line("organizations.csv", record, parsed.problems());
			NewOrganisation form = new NewOrganisation(line.get("name"),
					line.choice("koers_kind", OrganisationKind.class, OrganisationKind.PROVIDER),
					line.get("description"), line.get("website"), line.get("email"), line.get("phone"),
					line.day("koers_verified_on"), null);
			line.check(form, this.validator);
			parsed.organisations().put(line.required("id"), form);
		}
		for (CSVRecord record : files.get("locations.csv")) {
			Line line = new Line("locations.csv", record, parsed.problems());
			NewLocation form = new NewLocation(line.get("name"), line.get("address_1"), line.get("postal_code"),
					line.get("city"));
			line.check(form, this.validator);
			parsed.locations()
				.add(new Row<>(line.required("id"), line.reference("organization_id", parsed.organisations()), null,
						form));
		}
		List<String> locationKeys = parsed.locations().stream().map(Row::key).toList();
		for (CSVRecord record : files.get("services.csv")) {
			Line line = new Line("services.csv", record, parsed.problems());
			NewService form = new NewService(line.get("name"),
					line.choice("koers_category", ServiceCategory.class, ServiceCategory.OTHER),
					line.get("description"), null, line.day("koers_verified_on"));
			line.check(form, this.validator);
			String location = line.get("koers_location_id");
			if (location != null && !locationKeys.contains(location)) {
				line.problem("koers_location_id");
			}
			parsed.services()
				.add(new Row<>(line.get("id"), line.reference("organization_id", parsed.organisations()), location,
						form));
		}
		for (CSVRecord record : files.get("contacts.csv")) {
			Line line = new Line("contacts.csv", record, parsed.problems());
			NewContactPerson form = new NewContactPerson(line.get("name"), line.get("title"), line.get("email"),
					line.get("phone"));
			line.check(form, this.validator);
			parsed.contacts()
				.add(new Row<>(line.get("id"), line.reference("organization_id", parsed.organisations()), null, form));
		}
		return parsed;
	}

	private static <T> List<List<String>> rows(List<Organisation> organisations,
			Function<Organisation, List<T>> children, RowWriter<T> writer) {
		List<List<String>> rows = new ArrayList<>();
		organisations.forEach(organisation -> children.apply(organisation)
			.forEach(child -> rows.add(writer.row(organisation, child))));
		return rows;
	}

	private static List<String> row(Organisation o) {
		return List.of(o.id().toString(), o.name(), MapCsv.text(o.description()), MapCsv.text(o.email()),
				MapCsv.text(o.website()), MapCsv.text(o.phone()), o.kind().name(), MapCsv.text(o.verifiedOn()));
	}

	private static List<String> row(Organisation o, Location l) {
		return List.of(l.id().toString(), o.id().toString(), MapCsv.text(l.name()), MapCsv.text(l.address()),
				MapCsv.text(l.postalCode()), l.city(), "NL");
	}

	private static List<String> row(Organisation o, Service s) {
		return List.of(s.id().toString(), o.id().toString(), s.name(), MapCsv.text(s.description()), "active",
				s.category().name(), MapCsv.text(s.locationId()), MapCsv.text(s.verifiedOn()));
	}

	private static List<String> row(Organisation o, Contact c) {
		return List.of(c.id().toString(), o.id().toString(), c.name(), MapCsv.text(c.role()), MapCsv.text(c.email()),
				MapCsv.text(c.phone()));
	}

	@FunctionalInterface
	private interface RowWriter<T> {

		List<String> row(Organisation organisation, T child);

	}

	/**
	 * How many entries an import added.
	 */
	record Imported(int organisations, int locations, int services, int contacts) {
	}

	private record Row<F>(String key, String organisation, String location, F form) {
	}

	private record Parsed(Map<String, NewOrganisation> organisations, List<Row<NewLocation>> locations,
			List<Row<NewService>> services, List<Row<NewContactPerson>> contacts, List<Reason> problems) {
	}

	/**
	 * One CSV record, collecting its problems as reasons that name the file, line and
	 * column.
	 */
	private record Line(String file, CSVRecord record, List<Reason> problems) {

		String get(String column) {
			String value = this.record.isMapped(column) && this.record.isSet(column) ? this.record.get(column) : null;
			return StringUtils.hasText(value) ? value.strip() : null;
		}

		String required(String column) {
			String value = get(column);
			if (value == null) {
				problem(column);
			}
			return value;
		}

		String reference(String column, Map<String, ?> keys) {
			String value = get(column);
			if (value == null || !keys.containsKey(value)) {
				problem(column);
			}
			return value;
		}

		<E extends Enum<E>> E choice(String column, Class<E> type, E absent) {
			String value = get(column);
			try {
				return value == null ? absent : Enum.valueOf(type, value);
			}
			catch (IllegalArgumentException ex) {
				problem(column);
				return absent;
			}
		}

		LocalDate day(String column) {
			String value = get(column);
			try {
				return value == null ? LocalDate.now() : LocalDate.parse(value);
			}
			catch (DateTimeParseException ex) {
				problem(column);
				return LocalDate.now();
			}
		}

		void check(Object form, Validator validator) {
			validator.validate(form).forEach(violation -> problem(violation.getPropertyPath().toString()));
		}

		void problem(String column) {
			this.problems.add(new Reason("file", "socialMap.import.invalid", this.file,
					this.record.getRecordNumber() + 1, column));
		}

	}

}

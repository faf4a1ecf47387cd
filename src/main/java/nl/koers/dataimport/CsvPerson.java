package nl.koers.dataimport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVRecord;

/**
 * Reads one CSV row: the benefits cell holds {@code kind:start[:end:endReason]} items and
 * the household cell {@code relation:bsn:givenName:familyName:dateOfBirth} items,
 * separated by {@code |}; an empty part is an absent value.
 */
final class CsvPerson {

	private CsvPerson() {
	}

	static RawPerson read(CSVRecord record, long line) {
		return new RawPerson(line, value(record, "bsn"), value(record, "givenName"), value(record, "namePrefix"),
				value(record, "familyName"), value(record, "dateOfBirth"), value(record, "address.street"),
				value(record, "address.houseNumber"), value(record, "address.postalCode"),
				value(record, "address.city"), benefits(value(record, "benefits")), value(record, "profile"),
				value(record, "profile.effectiveDate"), household(value(record, "household")), false);
	}

	private static List<RawPerson.Benefit> benefits(String cell) {
		return items(cell).stream()
			.map(parts -> new RawPerson.Benefit(part(parts, 0), part(parts, 1), part(parts, 2), part(parts, 3)))
			.toList();
	}

	private static List<RawPerson.Member> household(String cell) {
		return items(cell).stream()
			.map(parts -> new RawPerson.Member(part(parts, 0), part(parts, 1), part(parts, 2), part(parts, 3),
					part(parts, 4)))
			.toList();
	}

	private static List<String[]> items(String cell) {
		List<String[]> items = new ArrayList<>();
		if (cell == null || cell.isBlank()) {
			return items;
		}
		for (String item : cell.split("\\|")) {
			if (!item.isBlank()) {
				items.add(Arrays.stream(item.split(":", -1)).map(String::strip).toArray(String[]::new));
			}
		}
		return items;
	}

	private static String part(String[] parts, int index) {
		return index < parts.length && !parts[index].isEmpty() ? parts[index] : null;
	}

	private static String value(CSVRecord record, String column) {
		String value = record.isSet(column) ? record.get(column) : null;
		return value == null || value.isEmpty() ? null : value;
	}

}

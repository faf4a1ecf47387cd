package nl.koers.dataimport;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Reads one JSON line (the layout of {@code POST /api/v1/imports} with
 * {@code application/x-ndjson}); fields Koers does not know are ignored.
 */
final class JsonPerson {

	private JsonPerson() {
	}

	static RawPerson read(long line, JsonNode person) {
		if (person == null) {
			return RawPerson.unreadable(line);
		}
		JsonNode address = person.path("address");
		JsonNode profile = person.path("profile");
		return new RawPerson(line, text(person, "bsn"), text(person, "givenName"), text(person, "namePrefix"),
				text(person, "familyName"), text(person, "dateOfBirth"), text(address, "street"),
				text(address, "houseNumber"), text(address, "postalCode"), text(address, "city"), benefits(person),
				text(profile, "profile"), text(profile, "effectiveDate"), household(person), false);
	}

	private static List<RawPerson.Benefit> benefits(JsonNode person) {
		List<RawPerson.Benefit> benefits = new ArrayList<>();
		for (JsonNode benefit : person.path("benefits")) {
			benefits.add(new RawPerson.Benefit(text(benefit, "kind"), text(benefit, "start"), text(benefit, "end"),
					text(benefit, "endReason")));
		}
		return benefits;
	}

	private static List<RawPerson.Member> household(JsonNode person) {
		List<RawPerson.Member> members = new ArrayList<>();
		for (JsonNode member : person.path("household")) {
			members.add(new RawPerson.Member(text(member, "relation"), text(member, "bsn"), text(member, "givenName"),
					text(member, "familyName"), text(member, "dateOfBirth")));
		}
		return members;
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isValueNode() && !value.isNull() ? value.asText() : null;
	}

}

package nl.koers.client;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import nl.koers.system.Cursor;

/**
 * The orders of a caseload, each a key that pages exactly: the column's value (clients
 * without one last; never contacted first), then the name or the id. The expressions are
 * exactly those of V54's indexes, so a municipality's caseload walks an index.
 */
enum CaseloadSort {

	/** by name (family name, given name) */
	NAME(List.of("family_name", "given_name", "id"), List.of("text", "text", "uuid")),

	/** by route, then by name */
	ROUTE(List.of("coalesce(caseload_route, '~')", "family_name", "given_name", "id"),
			List.of("text", "text", "text", "uuid")),

	/** the next review first, those without one last */
	REVIEW(List.of("coalesce(next_review, 'infinity'::date)", "id"), List.of("date", "uuid")),

	/** the next appointment first, those without one last */
	APPOINTMENT(List.of("coalesce(next_appointment, 'infinity'::timestamp)", "id"), List.of("timestamp", "uuid")),

	/** the longest without contact first, those never contacted before them */
	CONTACT(List.of("coalesce(last_contact, '-infinity'::timestamp)", "id"), List.of("timestamp", "uuid"));

	/**
	 * The route filter's value for clients not on a route, which the route sort's key
	 * gives them.
	 */
	static final String NO_ROUTE = "~";

	private final List<String> keys;

	private final List<String> types;

	CaseloadSort(List<String> keys, List<String> types) {
		this.keys = keys;
		this.types = types;
	}

	List<String> keys() {
		return this.keys;
	}

	String orderBy() {
		return String.join(", ", this.keys);
	}

	/**
	 * {@code (key, …) > (?, …)} with each parameter cast to its key's type.
	 */
	String after() {
		return "(" + orderBy() + ") > ("
				+ String.join(", ", this.types.stream().map(type -> "cast(? as " + type + ")").toList()) + ")";
	}

	/**
	 * Reads a cursor's keys as their types, so that a cursor that was tampered with is
	 * bad input and never reaches the database.
	 */
	void check(Cursor cursor) {
		for (int i = 0; i < this.types.size(); i++) {
			String type = this.types.get(i);
			cursor.key(i, value -> switch (type) {
				case "uuid" -> UUID.fromString(value);
				case "date" -> value.equals("infinity") ? value : LocalDate.parse(value);
				case "timestamp" -> value.endsWith("infinity") ? value : LocalDateTime.parse(value.replace(' ', 'T'));
				default -> value;
			});
		}
	}

	/**
	 * The sort key values of a row as the select gives them ({@code sort_key_0} …).
	 */
	String selectKeys() {
		StringBuilder select = new StringBuilder();
		for (int i = 0; i < this.keys.size(); i++) {
			select.append(", cast(").append(this.keys.get(i)).append(" as text) as sort_key_").append(i);
		}
		return select.toString();
	}

	/**
	 * The sort chosen on the page; anything unknown is the name.
	 */
	static CaseloadSort of(String value) {
		if (value != null) {
			for (CaseloadSort sort : values()) {
				if (sort.name().equalsIgnoreCase(value)) {
					return sort;
				}
			}
		}
		return NAME;
	}

}

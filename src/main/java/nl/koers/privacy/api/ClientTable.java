package nl.koers.privacy.api;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One table that holds data about clients.
 *
 * @param name the table's name
 * @param clientFilter an SQL condition on the table with exactly one {@code ?}, the
 * client's id: {@code "client_id = ?"} or
 * {@code "goal_id in (select id from goal where client_id = ?)"}; the owning module
 * writes its own SQL
 * @param kind the kind of record, whose retention period applies to these rows
 * @param erasure what happens to the rows when the period has passed
 * @param clearedColumns the columns set to null when the erasure is
 * {@link Erasure#ANONYMISE}; empty otherwise
 */
public record ClientTable(String name, String clientFilter, RecordKind kind, Erasure erasure,
		List<String> clearedColumns) {

	private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

	public ClientTable {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(erasure, "erasure");
		if (name == null || !NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("A table name in lower case: " + name);
		}
		if (clientFilter == null || clientFilter.chars().filter((c) -> c == '?').count() != 1) {
			throw new IllegalArgumentException("The client filter of " + name + " needs exactly one '?'");
		}
		clearedColumns = List.copyOf(clearedColumns);
		if ((erasure == Erasure.ANONYMISE) == clearedColumns.isEmpty()) {
			throw new IllegalArgumentException(
					"Columns to clear are given for ANONYMISE only, and then at least one: " + name);
		}
		for (String column : clearedColumns) {
			if (!NAME.matcher(column).matches()) {
				throw new IllegalArgumentException("A column name in lower case: " + column);
			}
		}
	}

	/**
	 * A table whose rows are removed.
	 */
	public static ClientTable delete(String name, String clientFilter, RecordKind kind) {
		return new ClientTable(name, clientFilter, kind, Erasure.DELETE, List.of());
	}

	/**
	 * A table whose rows are kept with these columns set to null.
	 */
	public static ClientTable anonymise(String name, String clientFilter, RecordKind kind, String... clearedColumns) {
		return new ClientTable(name, clientFilter, kind, Erasure.ANONYMISE, List.of(clearedColumns));
	}

	/**
	 * A table whose rows are kept as they are (they hold no personal data beyond the
	 * client's id, or follow a period of their own).
	 */
	public static ClientTable keep(String name, String clientFilter, RecordKind kind) {
		return new ClientTable(name, clientFilter, kind, Erasure.KEEP, List.of());
	}

}

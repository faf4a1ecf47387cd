package nl.koers.system;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a database holds, per table: the number of rows and an MD5 over all rows in a
 * fixed order; and the last value of every sequence. Tables and sequences come from the
 * catalogue, so a new migration is covered without a change here.
 */
final class TableChecksums {

	private static final String USER_TABLES = """
			select format('%I.%I', n.nspname, c.relname)
			from pg_class c join pg_namespace n on n.oid = c.relnamespace
			where c.relkind in ('r', 'p')
			  and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_%'
			order by 1""";

	private static final String SEQUENCES = """
			select format('%I.%I', schemaname, sequencename), coalesce(last_value, 0) from pg_sequences
			where schemaname not in ('pg_catalog', 'information_schema')""";

	private TableChecksums() {
	}

	/**
	 * Rows and checksum per table, {@code "count:md5"}; identifiers are quoted by
	 * PostgreSQL itself, as no parameter can stand for a table name.
	 */
	static Map<String, String> tables(Connection connection) throws SQLException {
		Map<String, String> checksums = new TreeMap<>();
		try (Statement statement = connection.createStatement()) {
			for (String table : userTables(statement)) {
				try (ResultSet rows = statement
					.executeQuery("select count(*) || ':' || coalesce(md5(string_agg(t::text, "
							+ "E'\\n' order by t::text collate \"C\")), '') from " + table + " t")) {
					rows.next();
					checksums.put(table, rows.getString(1));
				}
			}
		}
		return checksums;
	}

	static Map<String, Long> sequences(Connection connection) throws SQLException {
		Map<String, Long> values = new TreeMap<>();
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(SEQUENCES)) {
			while (rows.next()) {
				values.put(rows.getString(1), rows.getLong(2));
			}
		}
		return values;
	}

	private static List<String> userTables(Statement statement) throws SQLException {
		List<String> tables = new ArrayList<>();
		try (ResultSet rows = statement.executeQuery(USER_TABLES)) {
			while (rows.next()) {
				tables.add(rows.getString(1));
			}
		}
		return tables;
	}

}

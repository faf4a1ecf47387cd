package nl.koers.privacy;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.koers.privacy.api.ClientTable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads a client's rows of every table the modules declare ({@code ClientRecords}), with
 * each table's own client filter, and the views on sharing: consents with the agreements
 * they fall under, referrals with the categories sent, and the reads of the
 * organisations' workers. File contents ({@code bytea}) are never read.
 */
@Repository
class AccessRequestStore {

	/**
	 * The access log's own table: its rows get the organisation of the user who read.
	 */
	static final String ACCESS_LOG = "access_log_entry";

	static final String CONSENTS = "sharing_consent";

	static final String REFERRALS = "sharing_referral";

	static final String INSTITUTION_READS = "sharing_institution_read";

	private final JdbcClient jdbc;

	AccessRequestStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The client's rows of one declared table, without the excluded columns.
	 */
	AccessRequestSection rows(ClientTable table, UUID clientId, Set<String> excluded) {
		String rows = "(select * from " + table.name() + " where " + table.clientFilter() + ")";
		String sql = ACCESS_LOG.equals(table.name())
				? "select e.*, o.name as organisation from " + rows + " e left join app_user u on u.id = e.user_id "
						+ "left join organisation o on o.id = u.organisation_id order by e.occurred_at, e.id"
				: "select * from " + rows + " t order by 1";
		return read(table.name(), table.kind().name(), sql, clientId, excluded);
	}

	/**
	 * The client's consents, each with the organisation, the categories and the
	 * data-sharing agreements with that organisation in force during the consent.
	 */
	AccessRequestSection consents(UUID clientId) {
		return read(CONSENTS, "SHARING",
				"""
						select o.name as organisation, c.valid_from, c.valid_until,
						       (select string_agg(cc.category, ', ' order by cc.category)
						        from consent_category cc where cc.consent_id = c.id) as categories,
						       (select string_agg(a.legal_basis || ': ' || a.purpose || ' (' || to_char(a.valid_from, 'DD-MM-YYYY')
						                          || coalesce(' - ' || to_char(a.valid_until, 'DD-MM-YYYY'), '') || ')', '; '
						                          order by a.valid_from)
						        from sharing_agreement a
						        where a.organisation_id = c.organisation_id and a.municipality_id = c.municipality_id
						          and (a.valid_until is null or a.valid_until > c.valid_from)
						          and (c.valid_until is null or a.valid_from < c.valid_until)) as agreements,
						       c.withdrawn_at
						from consent c join map_organisation o on o.id = c.organisation_id
						where c.client_id = ?
						order by c.valid_from, c.id""",
				clientId, Set.of());
	}

	/**
	 * The client's referrals: to which organisation and service, which categories went
	 * with them, and whether a coordinator sent one without consent.
	 */
	AccessRequestSection referrals(UUID clientId) {
		return read(REFERRALS, "SHARING", """
				select o.name as organisation, s.name as service, r.created_at, r.status,
				       (select string_agg(rc.category, ', ' order by rc.category)
				        from referral_category rc where rc.referral_id = r.id) as categories,
				       r.override_by_name, r.override_reason
				from referral r join map_organisation o on o.id = r.organisation_id
				     join map_service s on s.id = r.service_id
				where r.client_id = ?
				order by r.created_at, r.id""", clientId, Set.of());
	}

	/**
	 * What workers of an organisation read of the client, from the access log.
	 */
	AccessRequestSection institutionReads(UUID clientId) {
		return read(INSTITUTION_READS, "SHARING", """
				select e.occurred_at, o.name as organisation, e.user_display_name, e.purpose, e.outcome
				from access_log_entry e join app_user u on u.id = e.user_id
				     join organisation o on o.id = u.organisation_id
				where e.client_id = ?
				order by e.occurred_at, e.id""", clientId, Set.of());
	}

	private AccessRequestSection read(String key, String kind, String sql, UUID clientId, Set<String> excluded) {
		List<String> columns = new ArrayList<>();
		List<Map<String, Object>> rows = this.jdbc.sql(sql).param(clientId).query((row, number) -> {
			ResultSetMetaData meta = row.getMetaData();
			if (number == 0) {
				columns.addAll(shown(key, meta, excluded));
			}
			Map<String, Object> values = new LinkedHashMap<>();
			for (int i = 1; i <= meta.getColumnCount(); i++) {
				String column = meta.getColumnLabel(i);
				if (shown(key, column, meta.getColumnTypeName(i), excluded)) {
					values.put(column, value(row, i, meta.getColumnTypeName(i)));
				}
			}
			return values;
		}).list();
		if (rows.isEmpty()) {
			columns.addAll(this.jdbc.sql("select * from (" + sql + ") q limit 0").param(clientId).query(result -> {
				return shown(key, result.getMetaData(), excluded);
			}));
		}
		return new AccessRequestSection(key, kind, List.copyOf(columns), rows);
	}

	private static List<String> shown(String key, ResultSetMetaData meta, Set<String> excluded) throws SQLException {
		List<String> columns = new ArrayList<>();
		for (int i = 1; i <= meta.getColumnCount(); i++) {
			if (shown(key, meta.getColumnLabel(i), meta.getColumnTypeName(i), excluded)) {
				columns.add(meta.getColumnLabel(i));
			}
		}
		return columns;
	}

	private static boolean shown(String key, String column, String type, Set<String> excluded) {
		return !"bytea".equals(type) && !excluded.contains(key + "." + column);
	}

	private static Object value(ResultSet row, int index, String type) throws SQLException {
		Object value = switch (type) {
			case "timestamptz" -> {
				OffsetDateTime at = row.getObject(index, OffsetDateTime.class);
				yield at == null ? null : at.toInstant();
			}
			case "timestamp" -> row.getObject(index, LocalDateTime.class);
			case "date" -> row.getObject(index, LocalDate.class);
			default -> row.getObject(index);
		};
		if (value instanceof Array array) {
			return Arrays.asList((Object[]) array.getArray());
		}
		if (value instanceof java.math.BigDecimal amount) {
			return amount.toPlainString();
		}
		if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
				|| value instanceof UUID || value instanceof java.time.temporal.Temporal) {
			return value;
		}
		return value.toString();
	}

}

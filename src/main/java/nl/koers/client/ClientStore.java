package nl.koers.client;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.koers.system.Cursor;
import nl.koers.system.CursorPage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.StringUtils;
import org.springframework.stereotype.Repository;

/**
 * Lists of clients, paged by key on (family name, given name, id): a caseload, a
 * municipality, search results. Keyset paging stays fast however deep the user pages.
 */
@Repository
class ClientStore {

	private final JdbcClient jdbc;

	ClientStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private static final String SELECT = "select id, given_name, name_prefix, family_name, date_of_birth, "
			+ "benefit_start_date, case_lead_id";

	private static final String ORDER = " order by family_name, given_name, id limit ?";

	/**
	 * How many rows in name order a name search reads before it turns to the name
	 * indexes.
	 */
	private static final int WALK = 2000;

	record Criteria(UUID municipalityId, UUID caseLeadId, String namePart, String bsn) {
	}

	record Row(UUID id, String givenName, String namePrefix, String familyName, LocalDate dateOfBirth,
			LocalDate benefitStartDate, UUID caseLeadId) {
	}

	CursorPage<Row> page(Criteria criteria, String next, int limit) {
		StringBuilder where = new StringBuilder("municipality_id = ?");
		List<Object> args = new ArrayList<>(List.of(criteria.municipalityId()));
		if (criteria.caseLeadId() != null) {
			where.append(" and case_lead_id = ?");
			args.add(criteria.caseLeadId());
		}
		if (criteria.bsn() != null) {
			where.append(" and bsn = ?");
			args.add(criteria.bsn());
		}
		if (StringUtils.hasText(next)) {
			Cursor cursor = Cursor.decode(next, 3);
			where.append(" and (family_name, given_name, id) > (?, ?, ?)");
			args.add(cursor.key(0));
			args.add(cursor.key(1));
			args.add(cursor.key(2, UUID::fromString));
		}
		String namePart = criteria.namePart() == null ? "" : criteria.namePart().strip().toLowerCase();
		List<Row> rows = namePart.isEmpty() ? query(SELECT + " from client where " + where + ORDER, args, limit)
				: byName(where.toString(), args, namePart, limit);
		return CursorPage.of(rows, limit, last -> Cursor.of(last.familyName(), last.givenName(), last.id().toString()));
	}

	/**
	 * Clients whose lower-cased full name contains the part, in name order. A part that
	 * many names contain is found by walking the first rows in name order (an index scan
	 * scan that stops early); when that window holds too few, the candidates come from an
	 * index on the name itself: trigrams for three letters or more, the name's single
	 * letters and pairs of letters for one or two. The candidates are a subquery with
	 * {@code offset 0}, which the planner does not merge into the outer query, so it
	 * cannot fall back on filtering the name order of the whole municipality; unlike a
	 * materialized CTE it sorts the candidates as they come, without spilling them to
	 * disk. Both ways give exactly the rows of {@code like '%part%'}.
	 */
	private List<Row> byName(String where, List<Object> args, String namePart, int limit) {
		String like = "%" + escapeLike(namePart) + "%";
		List<Object> walkArgs = new ArrayList<>(args);
		walkArgs.add(WALK);
		walkArgs.add(like);
		List<Row> walked = query(SELECT + " from (" + SELECT + ", search_name from client where " + where + ORDER
				+ ") walk where search_name like ? escape '\\'" + ORDER, walkArgs, limit);
		if (walked.size() > limit) {
			return walked;
		}
		List<Object> candidateArgs = new ArrayList<>(args);
		String byName;
		if (namePart.length() < 3) {
			byName = "client_name_grams(search_name) @> array[cast(? as text)]";
			candidateArgs.add(namePart);
		}
		else {
			byName = "search_name like ? escape '\\'";
			candidateArgs.add(like);
		}
		return query(SELECT + " from (" + SELECT + " from client where " + where + " and " + byName
				+ " offset 0) candidates" + ORDER, candidateArgs, limit);
	}

	private List<Row> query(String sql, List<Object> args, int limit) {
		List<Object> all = new ArrayList<>(args);
		all.add(limit + 1);
		return this.jdbc.sql(sql)
			.params(all)
			.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("given_name"),
					rs.getString("name_prefix"), rs.getString("family_name"),
					rs.getObject("date_of_birth", LocalDate.class), rs.getObject("benefit_start_date", LocalDate.class),
					rs.getObject("case_lead_id", UUID.class)))
			.list();
	}

	private static String escapeLike(String value) {
		return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}

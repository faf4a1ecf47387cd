package nl.koers.client;

import java.time.LocalDate;
import java.time.LocalDateTime;
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
			+ "benefit_start_date, case_lead_id, caseload_route, next_review, next_appointment, last_contact";

	private static final String ORDER = " order by family_name, given_name, id limit ?";

	private static final String NAME_KEYS = CaseloadSort.NAME.selectKeys();

	/**
	 * How many rows in name order a name search reads before it turns to the name
	 * indexes.
	 */
	private static final int WALK = 2000;

	/**
	 * Which clients: of a municipality, perhaps of one case lead, perhaps on one route
	 * ({@link CaseloadSort#NO_ROUTE} for none), with a name part or a BSN; in the order
	 * {@code sort} (a search with a name part is always in name order).
	 */
	record Criteria(UUID municipalityId, UUID caseLeadId, String namePart, String bsn, String route,
			CaseloadSort sort) {

		Criteria(UUID municipalityId, UUID caseLeadId, String namePart, String bsn) {
			this(municipalityId, caseLeadId, namePart, bsn, null, CaseloadSort.NAME);
		}

	}

	record Row(UUID id, String givenName, String namePrefix, String familyName, LocalDate dateOfBirth,
			LocalDate benefitStartDate, UUID caseLeadId, String route, LocalDate nextReview,
			LocalDateTime nextAppointment, LocalDateTime lastContact, List<String> sortKeys) {
	}

	CursorPage<Row> page(Criteria criteria, String next, int limit) {
		StringBuilder where = new StringBuilder("municipality_id = ? and erased_on is null");
		List<Object> args = new ArrayList<>(List.of(criteria.municipalityId()));
		if (criteria.caseLeadId() != null) {
			where.append(" and case_lead_id = ?");
			args.add(criteria.caseLeadId());
		}
		if (criteria.bsn() != null) {
			where.append(" and bsn = ?");
			args.add(criteria.bsn());
		}
		if (criteria.route() != null) {
			where.append(" and coalesce(caseload_route, '~') = ?");
			args.add(criteria.route());
		}
		String namePart = criteria.namePart() == null ? "" : criteria.namePart().strip().toLowerCase();
		CaseloadSort sort = namePart.isEmpty() ? criteria.sort() : CaseloadSort.NAME;
		if (StringUtils.hasText(next)) {
			Cursor cursor = Cursor.decode(next, sort.keys().size());
			where.append(" and ").append(sort.after());
			for (int i = 0; i < sort.keys().size(); i++) {
				args.add(cursor.key(i));
			}
			sort.check(cursor);
		}
		List<Row> rows = namePart.isEmpty()
				? query(SELECT + sort.selectKeys() + " from client where " + where + " order by " + sort.orderBy()
						+ " limit ?", args, limit, sort)
				: byName(where.toString(), args, criteria.municipalityId(), namePart, limit);
		return CursorPage.of(rows, limit, last -> new Cursor(last.sortKeys()));
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
	 * disk. Both ways give exactly the rows of {@code like '%part%'}. The index lookups
	 * are database functions that run past row-level security (which would keep the
	 * planner from these indexes) and apply the scope themselves (V73).
	 */
	private List<Row> byName(String where, List<Object> args, UUID municipalityId, String namePart, int limit) {
		String like = "%" + escapeLike(namePart) + "%";
		List<Object> walkArgs = new ArrayList<>(args);
		walkArgs.add(WALK);
		walkArgs.add(like);
		List<Row> walked = query(SELECT + NAME_KEYS + " from (" + SELECT + ", search_name from client where " + where
				+ ORDER + ") walk where search_name like ? escape '\\'" + ORDER, walkArgs, limit, CaseloadSort.NAME);
		if (walked.size() > limit) {
			return walked;
		}
		List<Object> candidateArgs = new ArrayList<>(args);
		String byName = namePart.length() < 3 ? "id in (select client_ids_with_name_grams(?, cast(? as text)))"
				: "id in (select client_ids_with_name_like(?, ?))";
		candidateArgs.add(municipalityId);
		candidateArgs.add(namePart.length() < 3 ? namePart : like);
		return query(SELECT + NAME_KEYS + " from (" + SELECT + " from client where " + where + " and " + byName
				+ " offset 0) candidates" + ORDER, candidateArgs, limit, CaseloadSort.NAME);
	}

	private List<Row> query(String sql, List<Object> args, int limit, CaseloadSort sort) {
		List<Object> all = new ArrayList<>(args);
		all.add(limit + 1);
		return this.jdbc.sql(sql).params(all).query((rs, n) -> {
			List<String> keys = new ArrayList<>();
			for (int i = 0; i < sort.keys().size(); i++) {
				keys.add(rs.getString("sort_key_" + i));
			}
			return new Row(rs.getObject("id", UUID.class), rs.getString("given_name"), rs.getString("name_prefix"),
					rs.getString("family_name"), rs.getObject("date_of_birth", LocalDate.class),
					rs.getObject("benefit_start_date", LocalDate.class), rs.getObject("case_lead_id", UUID.class),
					rs.getString("caseload_route"), rs.getObject("next_review", LocalDate.class),
					rs.getObject("next_appointment", LocalDateTime.class),
					rs.getObject("last_contact", LocalDateTime.class), List.copyOf(keys));
		}).list();
	}

	private static String escapeLike(String value) {
		return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}

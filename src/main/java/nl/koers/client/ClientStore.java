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

	record Criteria(UUID municipalityId, UUID caseLeadId, String namePart, String bsn) {
	}

	record Row(UUID id, String givenName, String namePrefix, String familyName, LocalDate dateOfBirth,
			LocalDate benefitStartDate, UUID caseLeadId) {
	}

	CursorPage<Row> page(Criteria criteria, String next, int limit) {
		StringBuilder sql = new StringBuilder("""
				select id, given_name, name_prefix, family_name, date_of_birth, benefit_start_date, case_lead_id
				from client where municipality_id = ?""");
		List<Object> args = new ArrayList<>(List.of(criteria.municipalityId()));
		if (criteria.caseLeadId() != null) {
			sql.append(" and case_lead_id = ?");
			args.add(criteria.caseLeadId());
		}
		if (criteria.namePart() != null) {
			sql.append(" and search_name like ? escape '\\'");
			args.add("%" + escapeLike(criteria.namePart().strip().toLowerCase()) + "%");
		}
		if (criteria.bsn() != null) {
			sql.append(" and bsn = ?");
			args.add(criteria.bsn());
		}
		if (StringUtils.hasText(next)) {
			Cursor cursor = Cursor.decode(next, 3);
			sql.append(" and (family_name, given_name, id) > (?, ?, ?)");
			args.add(cursor.key(0));
			args.add(cursor.key(1));
			args.add(cursor.key(2, UUID::fromString));
		}
		sql.append(" order by family_name, given_name, id limit ?");
		args.add(limit + 1);
		List<Row> rows = this.jdbc.sql(sql.toString())
			.params(args)
			.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("given_name"),
					rs.getString("name_prefix"), rs.getString("family_name"),
					rs.getObject("date_of_birth", LocalDate.class), rs.getObject("benefit_start_date", LocalDate.class),
					rs.getObject("case_lead_id", UUID.class)))
			.list();
		return CursorPage.of(rows, limit, last -> Cursor.of(last.familyName(), last.givenName(), last.id().toString()));
	}

	private static String escapeLike(String value) {
		return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}

package nl.koers.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.koers.assessment.api.AssessmentView;
import nl.koers.system.Cursor;
import nl.koers.system.CursorPage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.util.StringUtils;

/**
 * Reads assessments with their scores: a client's, newest first and paged by key on
 * (assessed on, recorded at, id), or all of them in date order for the chart.
 */
@Repository
class AssessmentStore {

	private static final String COLUMNS = "id, client_id, instrument_code, assessed_on, notes, author_id, author_name, "
			+ "recorded_at, version";

	private final JdbcClient jdbc;

	AssessmentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<AssessmentView> find(UUID id) {
		List<Row> rows = this.jdbc.sql("select " + COLUMNS + " from assessment where id = ?")
			.param(id)
			.query(AssessmentStore::row)
			.list();
		return withScores(rows).stream().findFirst();
	}

	CursorPage<AssessmentView> newestFirst(UUID municipalityId, UUID clientId, String next, int limit) {
		StringBuilder sql = new StringBuilder(
				"select " + COLUMNS + " from assessment where municipality_id = ? and client_id = ?");
		List<Object> args = new ArrayList<>(List.of(municipalityId, clientId));
		if (StringUtils.hasText(next)) {
			Cursor cursor = Cursor.decode(next, 3);
			sql.append(" and (assessed_on, recorded_at, id) < (?, ?, ?)");
			args.add(cursor.key(0, LocalDate::parse));
			args.add(Timestamp.from(cursor.key(1, Instant::parse)));
			args.add(cursor.key(2, UUID::fromString));
		}
		sql.append(" order by assessed_on desc, recorded_at desc, id desc limit ?");
		args.add(limit + 1);
		List<Row> rows = this.jdbc.sql(sql.toString()).params(args).query(AssessmentStore::row).list();
		if (rows.size() <= limit) {
			return new CursorPage<>(withScores(rows), null);
		}
		List<Row> page = rows.subList(0, limit);
		Row last = page.get(limit - 1);
		return new CursorPage<>(withScores(page),
				Cursor.of(last.assessedOn().toString(), last.recordedAt().toString(), last.id().toString()).encode());
	}

	List<AssessmentView> oldestFirst(UUID municipalityId, UUID clientId) {
		List<Row> rows = this.jdbc
			.sql("select " + COLUMNS + " from assessment where municipality_id = ? and client_id = ?"
					+ " order by assessed_on, recorded_at, id")
			.params(municipalityId, clientId)
			.query(AssessmentStore::row)
			.list();
		return withScores(rows);
	}

	private List<AssessmentView> withScores(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<UUID, Map<String, Integer>> scores = new HashMap<>();
		Map<UUID, Map<String, String>> notes = new HashMap<>();
		this.jdbc.sql("""
				select s.assessment_id, s.domain_code, s.score, s.note
				from assessment_score s
				join assessment a on a.id = s.assessment_id
				join instrument_domain d on d.instrument_code = a.instrument_code and d.code = s.domain_code
				where s.assessment_id in (:ids)
				order by d.position""").param("ids", rows.stream().map(Row::id).toList()).query(rs -> {
			UUID id = rs.getObject("assessment_id", UUID.class);
			String domain = rs.getString("domain_code");
			scores.computeIfAbsent(id, key -> new LinkedHashMap<>()).put(domain, rs.getInt("score"));
			String note = rs.getString("note");
			if (note != null) {
				notes.computeIfAbsent(id, key -> new LinkedHashMap<>()).put(domain, note);
			}
		});
		return rows.stream()
			.map(row -> new AssessmentView(row.id(), row.clientId(), row.instrument(), row.assessedOn(),
					Collections.unmodifiableMap(scores.getOrDefault(row.id(), Map.of())),
					Collections.unmodifiableMap(notes.getOrDefault(row.id(), Map.of())), row.summary(),
					new AssessmentView.Author(row.authorId(), row.authorName()), row.recordedAt(), row.version()))
			.toList();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
				rs.getString("instrument_code"), rs.getObject("assessed_on", LocalDate.class), rs.getString("notes"),
				rs.getObject("author_id", UUID.class), rs.getString("author_name"),
				rs.getTimestamp("recorded_at").toInstant(), rs.getLong("version"));
	}

	private record Row(UUID id, UUID clientId, String instrument, LocalDate assessedOn, String summary, UUID authorId,
			String authorName, Instant recordedAt, long version) {
	}

}

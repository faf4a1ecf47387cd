package nl.koers.assessment;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import nl.koers.client.api.ClientRef;
import nl.koers.client.api.TimelineEntry;
import nl.koers.client.api.TimelineSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every assessment on the client's timeline, with its summary.
 */
@Component
class AssessmentTimelineSource implements TimelineSource {

	private final JdbcClient jdbc;

	AssessmentTimelineSource(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<String> kinds() {
		return Set.of("ASSESSMENT");
	}

	@Override
	public List<TimelineEntry> entries(ClientRef client) {
		String link = "/clients/" + client.id() + "/assessments";
		return this.jdbc
			.sql("select instrument_code, assessed_on, notes, author_name, recorded_at from assessment "
					+ "where municipality_id = ? and client_id = ?")
			.params(client.municipalityId(), client.id())
			.query((rs, n) -> new TimelineEntry(rs.getObject("assessed_on", LocalDate.class), null, "ASSESSMENT",
					"timeline.assessment." + rs.getString("instrument_code"), List.of(), rs.getString("notes"),
					rs.getString("author_name"), rs.getObject("recorded_at", Timestamp.class).toInstant(), link))
			.list();
	}

}

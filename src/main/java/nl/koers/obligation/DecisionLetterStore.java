package nl.koers.obligation;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.koers.client.api.ClientRef;
import nl.koers.identity.api.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Decision letters in plain SQL, bound to a municipality.
 */
@Repository
class DecisionLetterStore {

	private static final String LETTER = "select decision_id, document_id, reduction_percent, starts_on, months, "
			+ "sent_on, made_by_name from decision_letter where municipality_id = ? ";

	private final JdbcClient jdbc;

	DecisionLetterStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(String kind, UUID decisionId, ClientRef client, UUID documentId, DecisionLetterForm terms,
			LocalDate sentOn, CurrentUser author, Instant now) {
		this.jdbc
			.sql("insert into decision_letter (decision_id, kind, municipality_id, client_id, document_id, "
					+ "reduction_percent, starts_on, months, sent_on, made_by_id, made_by_name, made_at) "
					+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(decisionId, kind, client.municipalityId(), client.id(), documentId,
					terms == null ? null : terms.reductionPercent(), terms == null ? null : terms.startsOn(),
					terms == null ? null : terms.months(), sentOn, author.id(), author.displayName(),
					Timestamp.from(now))
			.update();
	}

	Optional<DecisionLetter> find(UUID municipalityId, UUID decisionId) {
		return this.jdbc.sql(LETTER + "and decision_id = ?")
			.params(municipalityId, decisionId)
			.query(DecisionLetterStore::letter)
			.optional();
	}

	Optional<DecisionLetter> find(UUID municipalityId, String kind, UUID decisionId) {
		return this.jdbc.sql(LETTER + "and kind = ? and decision_id = ?")
			.params(municipalityId, kind, decisionId)
			.query(DecisionLetterStore::letter)
			.optional();
	}

	Map<UUID, DecisionLetter> ofClient(UUID municipalityId, UUID clientId) {
		return this.jdbc.sql(LETTER + "and client_id = ?")
			.params(municipalityId, clientId)
			.query(DecisionLetterStore::letter)
			.stream()
			.collect(Collectors.toMap(DecisionLetter::decisionId, Function.identity()));
	}

	private static DecisionLetter letter(ResultSet row, int number) throws SQLException {
		Date startsOn = row.getDate("starts_on");
		return new DecisionLetter(row.getObject("decision_id", UUID.class), row.getObject("document_id", UUID.class),
				row.getObject("reduction_percent", Integer.class), startsOn == null ? null : startsOn.toLocalDate(),
				row.getObject("months", Integer.class), row.getDate("sent_on").toLocalDate(),
				row.getString("made_by_name"));
	}

}

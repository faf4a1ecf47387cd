package nl.koers.conversation;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.koers.client.api.ClientRef;
import nl.koers.identity.api.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The letters written from the conversations, in plain SQL; only ever added.
 */
@Repository
class ConversationLetterStore {

	private final JdbcClient jdbc;

	ConversationLetterStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	UUID insert(ClientRef client, String kind, UUID appointmentId, UUID outreachAttemptId, UUID documentId,
			LocalDate replyBy, LocalDate sentOn, CurrentUser author, Instant now) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into conversation_letter (id, kind, municipality_id, client_id, appointment_id,
				    outreach_attempt_id, document_id, reply_by, sent_on, made_by_id, made_by_name, made_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, kind, client.municipalityId(), client.id(), appointmentId, outreachAttemptId, documentId,
					replyBy == null ? null : Date.valueOf(replyBy), Date.valueOf(sentOn), author.id(),
					author.displayName(), Timestamp.from(now))
			.update();
		return id;
	}

	/**
	 * The client's letters, latest first.
	 */
	List<ConversationLetter> ofClient(UUID municipalityId, UUID clientId) {
		return this.jdbc.sql("""
				select id, kind, appointment_id, outreach_attempt_id, document_id, reply_by, sent_on, made_by_name
				from conversation_letter where municipality_id = ? and client_id = ? order by made_at desc, id""")
			.params(municipalityId, clientId)
			.query(ConversationLetterStore::letter)
			.list();
	}

	private static ConversationLetter letter(ResultSet row, int number) throws SQLException {
		Date replyBy = row.getDate("reply_by");
		return new ConversationLetter(row.getObject("id", UUID.class), row.getString("kind"),
				row.getObject("appointment_id", UUID.class), row.getObject("outreach_attempt_id", UUID.class),
				row.getObject("document_id", UUID.class), replyBy == null ? null : replyBy.toLocalDate(),
				row.getDate("sent_on").toLocalDate(), row.getString("made_by_name"));
	}

}

package nl.koers.conversation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.koers.client.api.ClientRef;
import nl.koers.conversation.api.Channel;
import nl.koers.conversation.api.ContactView;
import nl.koers.conversation.api.Contacts;
import nl.koers.conversation.api.NewContact;
import nl.koers.conversation.api.NewOutreachAttempt;
import nl.koers.conversation.api.OutreachMethod;
import nl.koers.conversation.api.OutreachResult;
import nl.koers.conversation.api.OutreachView;
import nl.koers.identity.api.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Contacts without an appointment and outreach attempts, in plain SQL; both are only ever
 * added.
 */
@Repository
class ContactStore {

	private static final String CONTACT = """
			select id, client_id, occurred_at, channel, summary, refused, author_name, recorded_at from contact""";

	private static final String OUTREACH = """
			select id, client_id, method, result, attempted_on, note, author_name, recorded_at
			from outreach_attempt""";

	private final JdbcClient jdbc;

	ContactStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	UUID addContact(ClientRef client, NewContact form, CurrentUser author, Instant now) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into contact (id, municipality_id, client_id, occurred_at, channel, summary, refused,
				    author_id, author_name, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, client.municipalityId(), client.id(), Timestamp.valueOf(form.occurredAt()),
					form.channel().name(), form.summary().strip(), refused(form), author.id(), author.displayName(),
					Timestamp.from(now))
			.update();
		return id;
	}

	UUID addOutreach(ClientRef client, NewOutreachAttempt form, CurrentUser author, Instant now) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into outreach_attempt (id, municipality_id, client_id, method, result, attempted_on, note,
				    author_id, author_name, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, client.municipalityId(), client.id(), form.method().name(), form.result().name(),
					form.attemptedOn(), AppointmentStore.blankToNull(form.note()), author.id(), author.displayName(),
					Timestamp.from(now))
			.update();
		return id;
	}

	List<ContactView> contacts(UUID clientId) {
		return this.jdbc.sql(CONTACT + " where client_id = ? order by occurred_at desc, id")
			.param(clientId)
			.query(ContactStore::contact)
			.list();
	}

	ContactView contact(UUID id) {
		return this.jdbc.sql(CONTACT + " where id = ?").param(id).query(ContactStore::contact).single();
	}

	List<OutreachView> outreach(UUID clientId) {
		return this.jdbc.sql(OUTREACH + " where client_id = ? order by attempted_on desc, recorded_at desc")
			.param(clientId)
			.query(ContactStore::outreach)
			.list();
	}

	OutreachView attempt(UUID id) {
		return this.jdbc.sql(OUTREACH + " where id = ?").param(id).query(ContactStore::outreach).single();
	}

	/**
	 * Whether the client refused to talk ({@code refused} is optional).
	 */
	static boolean refused(NewContact contact) {
		return Boolean.TRUE.equals(contact.refused());
	}

	private static ContactView contact(ResultSet rs, int row) throws SQLException {
		return new ContactView(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
				rs.getTimestamp("occurred_at").toLocalDateTime(), Channel.valueOf(rs.getString("channel")),
				rs.getString("summary"), rs.getBoolean("refused"), rs.getString("author_name"),
				rs.getTimestamp("recorded_at").toInstant());
	}

	private static OutreachView outreach(ResultSet rs, int row) throws SQLException {
		return new OutreachView(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
				OutreachMethod.valueOf(rs.getString("method")), OutreachResult.valueOf(rs.getString("result")),
				rs.getObject("attempted_on", LocalDate.class), rs.getString("note"), rs.getString("author_name"),
				rs.getTimestamp("recorded_at").toInstant());
	}

}

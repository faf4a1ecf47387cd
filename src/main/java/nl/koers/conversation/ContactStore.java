package nl.koers.conversation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
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
import nl.koers.system.Cursor;
import nl.koers.system.CursorPage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.util.StringUtils;

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

	/**
	 * A page of the client's contacts in the same order (latest first), by key on
	 * (occurred at, id); the key is read from the column, whatever type the view gives
	 * the time.
	 */
	CursorPage<ContactView> contacts(UUID clientId, String next, int limit) {
		StringBuilder sql = new StringBuilder(CONTACT + " where client_id = ?");
		List<Object> args = new ArrayList<>(List.of(clientId));
		if (StringUtils.hasText(next)) {
			Cursor cursor = Cursor.decode(next, 2);
			LocalDateTime key = cursor.key(0, LocalDateTime::parse);
			Timestamp occurredAt = Timestamp.valueOf(key);
			sql.append(" and (occurred_at < ? or (occurred_at = ? and id > ?))");
			args.addAll(List.of(occurredAt, occurredAt, cursor.key(1, UUID::fromString)));
		}
		sql.append(" order by occurred_at desc, id limit ?");
		args.add(limit + 1);
		CursorPage<KeyedContact> page = CursorPage.of(this.jdbc.sql(sql.toString())
			.params(args)
			.query((rs, n) -> new KeyedContact(contact(rs, n), rs.getTimestamp("occurred_at").toLocalDateTime()))
			.list(), limit, keyed -> Cursor.of(keyed.occurredAt().toString(), keyed.contact().id().toString()));
		return page.map(KeyedContact::contact);
	}

	private record KeyedContact(ContactView contact, LocalDateTime occurredAt) {
	}

	/**
	 * A page of the client's outreach attempts in the same order (latest first), by key
	 * on (attempted on, recorded at, id).
	 */
	CursorPage<OutreachView> outreach(UUID clientId, String next, int limit) {
		StringBuilder sql = new StringBuilder(OUTREACH + " where client_id = ?");
		List<Object> args = new ArrayList<>(List.of(clientId));
		if (StringUtils.hasText(next)) {
			Cursor cursor = Cursor.decode(next, 3);
			LocalDate attemptedOn = cursor.key(0, LocalDate::parse);
			Timestamp recordedAt = Timestamp.from(cursor.key(1, Instant::parse));
			sql.append(
					" and (attempted_on < ? or (attempted_on = ? and (recorded_at < ? or (recorded_at = ? and id > ?))))");
			args.addAll(List.of(attemptedOn, attemptedOn, recordedAt, recordedAt, cursor.key(2, UUID::fromString)));
		}
		sql.append(" order by attempted_on desc, recorded_at desc, id limit ?");
		args.add(limit + 1);
		CursorPage<KeyedOutreach> page = CursorPage.of(
				this.jdbc.sql(sql.toString())
					.params(args)
					.query((rs, n) -> new KeyedOutreach(outreach(rs, n), rs.getObject("attempted_on", LocalDate.class),
							rs.getTimestamp("recorded_at").toInstant()))
					.list(),
				limit, keyed -> Cursor.of(keyed.attemptedOn().toString(), keyed.recordedAt().toString(),
						keyed.outreach().id().toString()));
		return page.map(KeyedOutreach::outreach);
	}

	private record KeyedOutreach(OutreachView outreach, LocalDate attemptedOn, Instant recordedAt) {
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

package nl.koers.referral;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.koers.consent.api.DataCategory;
import nl.koers.identity.api.CurrentUser;
import nl.koers.referral.ReferralView.Note;
import nl.koers.referral.ReferralView.SendOverride;
import nl.koers.referral.ReferralView.StatusRecord;
import nl.koers.system.SqlRows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Referrals, their status history and notes in plain SQL.
 */
@Repository
class ReferralStore {

	private static final String REFERRAL = """
			select r.id, r.municipality_id, r.client_id, r.service_id, s.name as service_name, r.organisation_id,
			       o.name as organisation_name, r.reason, r.follow_up_on, r.status, r.override_by_name, r.override_at,
			       r.override_reason, r.created_at, u.display_name as created_by_name,
			       array(select c.category from referral_category c where c.referral_id = r.id) as categories
			from referral r
			join map_service s on s.id = r.service_id
			join map_organisation o on o.id = r.organisation_id
			join app_user u on u.id = r.created_by
			""";

	private final JdbcClient jdbc;

	ReferralStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	UUID insert(UUID municipalityId, UUID clientId, UUID serviceId, UUID organisationId, ReferralForm form,
			CurrentUser author, Instant now) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("insert into referral (id, municipality_id, client_id, service_id, organisation_id, reason, "
					+ "follow_up_on, status, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, municipalityId, clientId, serviceId, organisationId, form.reason().strip(), form.followUpOn(),
					ReferralStatus.PROPOSED.name(), author.id(), Timestamp.from(now))
			.update();
		appendStatus(id, ReferralStatus.PROPOSED, null, author, now);
		return id;
	}

	void changeStatus(UUID id, ReferralStatus status, String note, CurrentUser author, Instant now) {
		this.jdbc.sql("update referral set status = ? where id = ?").params(status.name(), id).update();
		appendStatus(id, status, note, author, now);
	}

	void share(UUID id, Set<DataCategory> categories) {
		categories
			.forEach(category -> this.jdbc.sql("insert into referral_category (referral_id, category) values (?, ?)")
				.params(id, category.name())
				.update());
	}

	void override(UUID id, CurrentUser coordinator, String reason, Instant now) {
		this.jdbc
			.sql("update referral set override_by = ?, override_by_name = ?, override_at = ?, override_reason = ? "
					+ "where id = ?")
			.params(coordinator.id(), coordinator.displayName(), Timestamp.from(now), reason, id)
			.update();
	}

	void addNote(UUID id, NoteKind kind, LocalDate date, String text, CurrentUser author, Instant now) {
		this.jdbc
			.sql("insert into referral_note (id, referral_id, kind, noted_on, text, author_id, author_name, "
					+ "recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), id, kind.name(), date, text, author.id(), author.displayName(),
					Timestamp.from(now))
			.update();
	}

	Optional<Row> find(UUID municipalityId, UUID id) {
		return this.jdbc.sql(REFERRAL + "where r.municipality_id = ? and r.id = ?")
			.params(municipalityId, id)
			.query(this::row)
			.optional();
	}

	List<Row> ofClient(UUID clientId) {
		return this.jdbc.sql(REFERRAL + "where r.client_id = ? order by r.created_at desc, r.id")
			.params(clientId)
			.query(this::row)
			.list();
	}

	List<Row> activeOfOrganisation(UUID municipalityId, UUID organisationId) {
		return this.jdbc
			.sql(REFERRAL + "where r.municipality_id = ? and r.organisation_id = ? and r.status in (?, ?, ?) "
					+ "order by r.created_at desc, r.id")
			.params(municipalityId, organisationId, ReferralStatus.SENT.name(), ReferralStatus.ACCEPTED.name(),
					ReferralStatus.STARTED.name())
			.query(this::row)
			.list();
	}

	List<Row> activeOfClient(UUID clientId, UUID organisationId) {
		return this.jdbc.sql(REFERRAL + "where r.client_id = ? and r.organisation_id = ? and r.status in (?, ?, ?)")
			.params(clientId, organisationId, ReferralStatus.SENT.name(), ReferralStatus.ACCEPTED.name(),
					ReferralStatus.STARTED.name())
			.query(this::row)
			.list();
	}

	/**
	 * The earliest follow-up date of the client's referrals still awaiting an answer.
	 */
	Optional<LocalDate> nextFollowUp(UUID clientId) {
		return this.jdbc
			.sql("select follow_up_on from referral where client_id = ? and status in (?, ?) "
					+ "and follow_up_on is not null order by follow_up_on limit 1")
			.params(clientId, ReferralStatus.PROPOSED.name(), ReferralStatus.SENT.name())
			.query(LocalDate.class)
			.optional();
	}

	private Row row(ResultSet rs, int row) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		Timestamp overrideAt = rs.getTimestamp("override_at");
		SendOverride override = overrideAt == null ? null : new SendOverride(rs.getString("override_by_name"),
				overrideAt.toInstant(), rs.getString("override_reason"));
		Set<DataCategory> categories = SqlRows.enums(rs, "categories", DataCategory.class);
		ReferralView view = new ReferralView(id, rs.getObject("client_id", UUID.class),
				rs.getObject("service_id", UUID.class), rs.getString("service_name"),
				rs.getObject("organisation_id", UUID.class), rs.getString("organisation_name"), rs.getString("reason"),
				rs.getObject("follow_up_on", LocalDate.class), ReferralStatus.valueOf(rs.getString("status")),
				categories, Set.of(), null, override, history(id), notes(id), rs.getString("created_by_name"),
				rs.getTimestamp("created_at").toInstant());
		return new Row(rs.getObject("municipality_id", UUID.class), view);
	}

	private List<StatusRecord> history(UUID id) {
		return this.jdbc
			.sql("select status, note, author_name, recorded_at from referral_status where referral_id = ? "
					+ "order by recorded_at, id")
			.params(id)
			.query((rs, row) -> new StatusRecord(ReferralStatus.valueOf(rs.getString("status")), rs.getString("note"),
					rs.getString("author_name"), rs.getTimestamp("recorded_at").toInstant()))
			.list();
	}

	private List<Note> notes(UUID id) {
		return this.jdbc
			.sql("select kind, noted_on, text, author_name, recorded_at from referral_note where referral_id = ? "
					+ "order by recorded_at, id")
			.params(id)
			.query((rs, row) -> new Note(NoteKind.valueOf(rs.getString("kind")),
					rs.getObject("noted_on", LocalDate.class), rs.getString("text"), rs.getString("author_name"),
					rs.getTimestamp("recorded_at").toInstant()))
			.list();
	}

	private void appendStatus(UUID id, ReferralStatus status, String note, CurrentUser author, Instant now) {
		this.jdbc
			.sql("insert into referral_status (id, referral_id, status, note, author_id, author_name, recorded_at) "
					+ "values (?, ?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), id, status.name(), note, author.id(), author.displayName(), Timestamp.from(now))
			.update();
	}

	/**
	 * A referral with the municipality it belongs to.
	 */
	record Row(UUID municipalityId, ReferralView view) {
	}

}

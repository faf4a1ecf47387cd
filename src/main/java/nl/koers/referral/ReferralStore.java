package nl.koers.referral;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.koers.client.api.Outcome;
import nl.koers.consent.api.DataCategory;
import nl.koers.identity.api.CurrentUser;
import nl.koers.referral.api.NewReferral;
import nl.koers.referral.api.NoteKind;
import nl.koers.referral.api.ReferralFigures.OrganisationFigures;
import nl.koers.referral.api.ReferralStatus;
import nl.koers.referral.api.ReferralView.Note;
import nl.koers.referral.api.ReferralView.SendOverride;
import nl.koers.referral.api.ReferralView.StatusRecord;
import nl.koers.referral.api.ReferralView;
import nl.koers.referral.api.Referrals;
import nl.koers.system.Cursor;
import nl.koers.system.CursorPage;
import nl.koers.system.SqlRows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.util.StringUtils;

/**
 * Referrals, their status history and notes in plain SQL.
 */
@Repository
class ReferralStore {

	private static final String REFERRAL = """
			select r.id, r.municipality_id, r.client_id, r.service_id, s.name as service_name, r.organisation_id,
			       o.name as organisation_name, r.reason, r.follow_up_on, r.status, r.outcome, r.override_by_name, r.override_at,
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

	UUID insert(UUID municipalityId, UUID clientId, UUID serviceId, UUID organisationId, NewReferral form,
			CurrentUser author, Instant now) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("insert into referral (id, municipality_id, client_id, service_id, organisation_id, reason, "
					+ "follow_up_on, status, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, municipalityId, clientId, serviceId, organisationId, form.reason().strip(), form.followUpOn(),
					ReferralStatus.PROPOSED.name(), author.id(), Timestamp.from(now))
			.update();
		appendStatus(id, ReferralStatus.PROPOSED, null, null, author, now);
		return id;
	}

	/**
	 * The next status with its outcome (only to end) and note, as a new step.
	 */
	void changeStatus(UUID id, ReferralStatus status, Outcome outcome, String note, CurrentUser author, Instant now) {
		String code = outcome == null ? null : outcome.name();
		this.jdbc.sql("update referral set status = ?, outcome = ? where id = ?")
			.params(status.name(), code, id)
			.update();
		appendStatus(id, status, outcome, note, author, now);
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
			.query(ReferralStore::row)
			.optional()
			.map(row -> complete(List.of(row)).get(0));
	}

	List<Row> ofClient(UUID clientId) {
		return complete(this.jdbc.sql(REFERRAL + "where r.client_id = ? order by r.created_at desc, r.id")
			.params(clientId)
			.query(ReferralStore::row)
			.list());
	}

	List<Row> activeOfOrganisation(UUID municipalityId, UUID organisationId) {
		return complete(this.jdbc
			.sql(REFERRAL + "where r.municipality_id = ? and r.organisation_id = ? and r.status in (?, ?, ?) "
					+ "order by r.created_at desc, r.id")
			.params(municipalityId, organisationId, ReferralStatus.SENT.name(), ReferralStatus.ACCEPTED.name(),
					ReferralStatus.STARTED.name())
			.query(ReferralStore::row)
			.list());
	}

	/**
	 * A page of the client's referrals, newest first, by key on (created at, id).
	 */
	CursorPage<Row> ofClient(UUID clientId, String next, int limit) {
		return page("where r.client_id = ?", new ArrayList<>(List.of(clientId)), next, limit);
	}

	/**
	 * A page of the organisation's active referrals, newest first, by key on (created at,
	 * id).
	 */
	CursorPage<Row> activeOfOrganisation(UUID municipalityId, UUID organisationId, String next, int limit) {
		return page("where r.municipality_id = ? and r.organisation_id = ? and r.status in (?, ?, ?)",
				new ArrayList<>(List.of(municipalityId, organisationId, ReferralStatus.SENT.name(),
						ReferralStatus.ACCEPTED.name(), ReferralStatus.STARTED.name())),
				next, limit);
	}

	private CursorPage<Row> page(String where, List<Object> args, String next, int limit) {
		StringBuilder sql = new StringBuilder(REFERRAL + where);
		if (StringUtils.hasText(next)) {
			Cursor cursor = Cursor.decode(next, 2);
			Timestamp createdAt = Timestamp.from(cursor.key(0, Instant::parse));
			sql.append(" and (r.created_at < ? or (r.created_at = ? and r.id > ?))");
			args.addAll(List.of(createdAt, createdAt, cursor.key(1, UUID::fromString)));
		}
		sql.append(" order by r.created_at desc, r.id limit ?");
		args.add(limit + 1);
		CursorPage<Keyed> page = CursorPage.of(
				this.jdbc.sql(sql.toString())
					.params(args)
					.query((rs, n) -> new Keyed(row(rs, n), rs.getTimestamp("created_at").toInstant()))
					.list(),
				limit, keyed -> Cursor.of(keyed.createdAt().toString(), keyed.row().view().id().toString()));
		return new CursorPage<>(complete(page.items().stream().map(Keyed::row).toList()), page.next());
	}

	private record Keyed(Row row, Instant createdAt) {
	}

	/**
	 * What the client's active referrals to the organisation shared at sending, with
	 * their municipality.
	 */
	List<Share> activeShares(UUID clientId, UUID organisationId) {
		return this.jdbc.sql("""
				select r.municipality_id,
				       array(select c.category from referral_category c where c.referral_id = r.id) as categories
				from referral r where r.client_id = ? and r.organisation_id = ? and r.status in (?, ?, ?)""")
			.params(clientId, organisationId, ReferralStatus.SENT.name(), ReferralStatus.ACCEPTED.name(),
					ReferralStatus.STARTED.name())
			.query((rs, row) -> new Share(rs.getObject("municipality_id", UUID.class),
					SqlRows.enums(rs, "categories", DataCategory.class)))
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

	/**
	 * The municipality's referrals counted per organisation by current status, the ended
	 * ones also per outcome.
	 */
	List<OrganisationFigures> figuresPerOrganisation(UUID municipalityId) {
		Map<UUID, Map<Outcome, Integer>> perOutcome = new HashMap<>();
		this.jdbc.sql("""
				select r.organisation_id, r.outcome, count(*) as n from referral r
				where r.municipality_id = ? and r.status = 'ENDED' and r.outcome is not null
				group by r.organisation_id, r.outcome""")
			.param(municipalityId)
			.query((rs, n) -> perOutcome
				.computeIfAbsent(rs.getObject("organisation_id", UUID.class), id -> new EnumMap<>(Outcome.class))
				.put(Outcome.valueOf(rs.getString("outcome")), rs.getInt("n")))
			.list();
		return this.jdbc.sql("""
				select o.id, o.name,
				       count(*) filter (where r.status = 'PROPOSED') as proposed,
				       count(*) filter (where r.status = 'SENT') as sent,
				       count(*) filter (where r.status in ('ACCEPTED', 'STARTED')) as running,
				       count(*) filter (where r.status = 'DECLINED') as declined,
				       count(*) filter (where r.status = 'ENDED') as ended,
				       count(*) filter (where r.status = 'CANCELLED') as cancelled,
				       count(*) as total
				from referral r join map_organisation o on o.id = r.organisation_id
				where r.municipality_id = ?
				group by o.id, o.name
				order by o.name, o.id""")
			.param(municipalityId)
			.query((rs, n) -> new OrganisationFigures(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getInt("proposed"), rs.getInt("sent"), rs.getInt("running"), rs.getInt("declined"),
					rs.getInt("ended"), rs.getInt("cancelled"), rs.getInt("total"),
					everyOutcome(perOutcome.getOrDefault(rs.getObject("id", UUID.class), Map.of()))))
			.list();
	}

	private static Map<Outcome, Integer> everyOutcome(Map<Outcome, Integer> counted) {
		Map<Outcome, Integer> all = new EnumMap<>(Outcome.class);
		for (Outcome outcome : Outcome.values()) {
			all.put(outcome, counted.getOrDefault(outcome, 0));
		}
		return Collections.unmodifiableMap(all);
	}

	private static Row row(ResultSet rs, int row) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		Timestamp overrideAt = rs.getTimestamp("override_at");
		SendOverride override = overrideAt == null ? null : new SendOverride(rs.getString("override_by_name"),
				overrideAt.toInstant(), rs.getString("override_reason"));
		Set<DataCategory> categories = SqlRows.enums(rs, "categories", DataCategory.class);
		ReferralView view = new ReferralView(id, rs.getObject("client_id", UUID.class),
				rs.getObject("service_id", UUID.class), rs.getString("service_name"),
				rs.getObject("organisation_id", UUID.class), rs.getString("organisation_name"), rs.getString("reason"),
				rs.getObject("follow_up_on", LocalDate.class), ReferralStatus.valueOf(rs.getString("status")),
				outcome(rs), categories, Set.of(), null, override, List.of(), List.of(),
				rs.getString("created_by_name"), rs.getTimestamp("created_at").toInstant());
		return new Row(rs.getObject("municipality_id", UUID.class), view);
	}

	/**
	 * The rows with their status history and notes, read for all of them at once.
	 */
	private List<Row> complete(List<Row> rows) {
		if (rows.isEmpty()) {
			return rows;
		}
		List<UUID> ids = rows.stream().map(row -> row.view().id()).toList();
		Map<UUID, List<StatusRecord>> history = new HashMap<>();
		this.jdbc
			.sql("select referral_id, status, outcome, note, author_name, recorded_at from referral_status "
					+ "where referral_id in (:ids) order by recorded_at, id")
			.param("ids", ids)
			.query((rs, row) -> history
				.computeIfAbsent(rs.getObject("referral_id", UUID.class), id -> new ArrayList<>())
				.add(new StatusRecord(ReferralStatus.valueOf(rs.getString("status")), outcome(rs), rs.getString("note"),
						rs.getString("author_name"), rs.getTimestamp("recorded_at").toInstant())))
			.list();
		Map<UUID, List<Note>> notes = new HashMap<>();
		this.jdbc
			.sql("select referral_id, kind, noted_on, text, author_name, recorded_at from referral_note "
					+ "where referral_id in (:ids) order by recorded_at, id")
			.param("ids", ids)
			.query((rs, row) -> notes.computeIfAbsent(rs.getObject("referral_id", UUID.class), id -> new ArrayList<>())
				.add(new Note(NoteKind.valueOf(rs.getString("kind")), rs.getObject("noted_on", LocalDate.class),
						rs.getString("text"), rs.getString("author_name"), rs.getTimestamp("recorded_at").toInstant())))
			.list();
		return rows.stream()
			.map(row -> row.with(history.getOrDefault(row.view().id(), List.of()),
					notes.getOrDefault(row.view().id(), List.of())))
			.toList();
	}

	private void appendStatus(UUID id, ReferralStatus status, Outcome outcome, String note, CurrentUser author,
			Instant now) {
		this.jdbc
			.sql("insert into referral_status (id, referral_id, status, outcome, note, author_id, author_name, "
					+ "recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), id, status.name(), outcome == null ? null : outcome.name(), note, author.id(),
					author.displayName(), Timestamp.from(now))
			.update();
	}

	private static Outcome outcome(ResultSet rs) throws SQLException {
		String outcome = rs.getString("outcome");
		return outcome == null ? null : Outcome.valueOf(outcome);
	}

	/**
	 * A referral with the municipality it belongs to.
	 */
	record Row(UUID municipalityId, ReferralView view) {

		Row with(List<StatusRecord> history, List<Note> notes) {
			ReferralView v = this.view;
			return new Row(this.municipalityId,
					new ReferralView(v.id(), v.clientId(), v.serviceId(), v.serviceName(), v.organisationId(),
							v.organisationName(), v.reason(), v.followUpOn(), v.status(), v.outcome(),
							v.sharedCategories(), v.permitted(), v.client(), v.override(), history, notes,
							v.createdByName(), v.createdAt()));
		}

	}

	/**
	 * What an active referral shared at sending, and its municipality.
	 */
	record Share(UUID municipalityId, Set<DataCategory> categories) {
	}

}

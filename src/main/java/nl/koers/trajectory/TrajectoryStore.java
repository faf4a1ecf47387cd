package nl.koers.trajectory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.koers.client.api.Outcome;
import nl.koers.contract.api.ScheduleKind;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.Cursor;
import nl.koers.system.CursorPage;
import nl.koers.system.SqlRows;
import nl.koers.trajectory.api.StepKind;
import nl.koers.trajectory.api.TrajectoryStatus;
import nl.koers.trajectory.api.TrajectoryView.Step;
import nl.koers.trajectory.api.TrajectoryView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.util.StringUtils;

/**
 * Trajectories and their steps in plain SQL.
 */
@Repository
class TrajectoryStore {

	private static final String TRAJECTORY = """
			select t.*, c.name as contract_name, c.provider_id, o.name as provider_name, c.max_months,
			       c.aftercare_months, c.warning_days, c.schedule_kind, u.display_name as nominated_by_name,
			       array(select p.name from contract_phase p where p.contract_id = c.id order by p.number) as phase_names
			from trajectory t
			join contract c on c.id = t.contract_id
			join map_organisation o on o.id = c.provider_id
			join app_user u on u.id = t.nominated_by
			""";

	/**
	 * With the provider now: answered or waiting for its answer, running, or in aftercare
	 * on the day given as the parameter.
	 */
	private static final String WITH_PROVIDER = "(t.status in ('NOMINATED', 'ACCEPTED', 'STARTED') "
			+ "or (t.status = 'ENDED' and t.aftercare_until > ?))";

	private final JdbcClient jdbc;

	TrajectoryStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A trajectory with what the rules about it need from its contract.
	 */
	record Row(TrajectoryView view, UUID municipalityId, ScheduleKind scheduleKind, int aftercareMonths,
			int warningDays) {
	}

	UUID insert(UUID municipalityId, UUID contractId, UUID clientId, TrajectoryStatus status, LocalDate nominatedOn,
			String motivation, List<String> approvalRules, CurrentUser author, Instant now) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into trajectory (id, municipality_id, contract_id, client_id, status, nominated_on, nominated_by,
				    motivation, approval_reasons, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(id, municipalityId, contractId, clientId, status.name(), nominatedOn, author.id(), motivation,
					approvalRules.isEmpty() ? null : String.join(",", approvalRules), Timestamp.from(now))
			.update();
		return id;
	}

	/**
	 * Moves the trajectory on if it is still in the status (and version, when given) the
	 * caller saw; false when someone else moved it first.
	 */
	boolean change(UUID id, TrajectoryStatus from, Long version, Change change) {
		return this.jdbc.sql("""
				update trajectory set status = ?, started_on = coalesce(?, started_on), phase = coalesce(?, phase),
				    phase_since = coalesce(?, phase_since), ended_on = coalesce(?, ended_on),
				    outcome = coalesce(?, outcome), outcome_note = coalesce(?, outcome_note),
				    aftercare_until = coalesce(?, aftercare_until), version = version + 1
				where id = ? and status = ? and (cast(? as bigint) is null or version = ?)
				""")
			.params(change.status().name(), change.startedOn(), change.phase(), change.phaseSince(), change.endedOn(),
					change.outcome() == null ? null : change.outcome().name(), change.outcomeNote(),
					change.aftercareUntil(), id, from.name(), version, version)
			.update() == 1;
	}

	/**
	 * The new values of a change; {@code null} keeps the stored value.
	 */
	record Change(TrajectoryStatus status, LocalDate startedOn, Integer phase, LocalDate phaseSince, LocalDate endedOn,
			Outcome outcome, String outcomeNote, LocalDate aftercareUntil) {

		static Change to(TrajectoryStatus status) {
			return new Change(status, null, null, null, null, null, null, null);
		}

	}

	void addStep(UUID trajectoryId, StepKind kind, LocalDate occurredOn, Integer phase, Outcome outcome, String note,
			CurrentUser author, Instant now) {
		addStep(trajectoryId, kind, occurredOn, phase, outcome, note, author.id(), author.displayName(), now);
	}

	void addStep(UUID trajectoryId, StepKind kind, LocalDate occurredOn, Integer phase, Outcome outcome, String note,
			UUID authorId, String authorName, Instant now) {
		this.jdbc.sql("""
				insert into trajectory_event (id, trajectory_id, kind, occurred_on, phase, outcome, note, author_id,
				    author_name, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(UUID.randomUUID(), trajectoryId, kind.name(), occurredOn, phase,
					outcome == null ? null : outcome.name(), note, authorId, authorName, Timestamp.from(now))
			.update();
	}

	Optional<Row> find(UUID municipalityId, UUID id) {
		return rows(this.jdbc.sql(TRAJECTORY + " where t.id = ? and t.municipality_id = ?").params(id, municipalityId))
			.stream()
			.findFirst();
	}

	List<Row> ofClient(UUID municipalityId, UUID clientId) {
		return rows(this.jdbc
			.sql(TRAJECTORY + " where t.client_id = ? and t.municipality_id = ? order by t.nominated_on desc")
			.params(clientId, municipalityId));
	}

	/**
	 * The provider's trajectories that are open or in aftercare on the day.
	 */
	List<Row> current(UUID municipalityId, UUID providerId, LocalDate today) {
		return rows(this.jdbc
			.sql(TRAJECTORY + " where t.municipality_id = ? and c.provider_id = ? and " + WITH_PROVIDER
					+ " order by t.nominated_on, t.id")
			.params(municipalityId, providerId, today));
	}

	List<Row> awaitingApproval(UUID municipalityId) {
		return rows(this.jdbc
			.sql(TRAJECTORY + " where t.municipality_id = ? and t.status = 'AWAITING_APPROVAL' order by t.nominated_on")
			.param(municipalityId));
	}

	/**
	 * A page of the client's trajectories, latest nominated first, by key on (nominated
	 * on, id).
	 */
	CursorPage<Row> ofClient(UUID municipalityId, UUID clientId, String next, int limit) {
		return page(" where t.client_id = ? and t.municipality_id = ?",
				new ArrayList<>(List.of(clientId, municipalityId)), false, next, limit);
	}

	/**
	 * A page of the provider's trajectories that are open or in aftercare on the day, by
	 * key on (nominated on, id).
	 */
	CursorPage<Row> current(UUID municipalityId, UUID providerId, LocalDate today, String next, int limit) {
		return page(" where t.municipality_id = ? and c.provider_id = ? and " + WITH_PROVIDER,
				new ArrayList<>(List.of(municipalityId, providerId, today)), true, next, limit);
	}

	/**
	 * A page of the nominations awaiting approval, by key on (nominated on, id).
	 */
	CursorPage<Row> awaitingApproval(UUID municipalityId, String next, int limit) {
		return page(" where t.municipality_id = ? and t.status = 'AWAITING_APPROVAL'",
				new ArrayList<>(List.of(municipalityId)), true, next, limit);
	}

	private CursorPage<Row> page(String where, List<Object> args, boolean oldestFirst, String next, int limit) {
		StringBuilder sql = new StringBuilder(TRAJECTORY + where);
		if (StringUtils.hasText(next)) {
			Cursor cursor = Cursor.decode(next, 2);
			LocalDate nominatedOn = cursor.key(0, LocalDate::parse);
			sql.append(oldestFirst ? " and (t.nominated_on, t.id) > (?, ?)"
					: " and (t.nominated_on < ? or (t.nominated_on = ? and t.id > ?))");
			if (!oldestFirst) {
				args.add(nominatedOn);
			}
			args.add(nominatedOn);
			args.add(cursor.key(1, UUID::fromString));
		}
		sql.append(oldestFirst ? " order by t.nominated_on, t.id" : " order by t.nominated_on desc, t.id");
		sql.append(" limit ?");
		args.add(limit + 1);
		return CursorPage.of(rows(this.jdbc.sql(sql.toString()).params(args)), limit,
				row -> Cursor.of(row.view().nominatedOn().toString(), row.view().id().toString()));
	}

	boolean hasOpen(UUID clientId) {
		return this.jdbc
			.sql("select exists (select 1 from trajectory where client_id = ? "
					+ "and status in ('AWAITING_APPROVAL', 'NOMINATED', 'ACCEPTED', 'STARTED'))")
			.param(clientId)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Whether the client has a trajectory under a contract of the organisation that is
	 * open or in aftercare on the day, and in which municipality.
	 */
	Optional<UUID> sharedWith(UUID clientId, UUID organisationId, LocalDate today) {
		return this.jdbc
			.sql("select t.municipality_id from trajectory t join contract c on c.id = t.contract_id "
					+ "where t.client_id = ? and c.provider_id = ? and " + WITH_PROVIDER + " limit 1")
			.params(clientId, organisationId, today)
			.query(UUID.class)
			.optional();
	}

	/**
	 * The trajectories the statement selects, with their steps read in one more query for
	 * all of them.
	 */
	private List<Row> rows(JdbcClient.StatementSpec statement) {
		Map<UUID, List<Step>> steps = new HashMap<>();
		List<Row> rows = statement.query((rs, row) -> row(rs, steps)).list();
		if (!steps.isEmpty()) {
			this.jdbc
				.sql("select * from trajectory_event where trajectory_id in (:ids) order by occurred_on, recorded_at")
				.param("ids", steps.keySet())
				.query((rs, row) -> steps.get(rs.getObject("trajectory_id", UUID.class))
					.add(new Step(StepKind.valueOf(rs.getString("kind")), rs.getObject("occurred_on", LocalDate.class),
							rs.getObject("phase", Integer.class), outcome(rs), rs.getString("note"),
							rs.getString("author_name"), SqlRows.instant(rs, "recorded_at"))))
				.list();
		}
		return rows;
	}

	private static Outcome outcome(ResultSet rs) throws SQLException {
		String outcome = rs.getString("outcome");
		return outcome == null ? null : Outcome.valueOf(outcome);
	}

	private static Row row(ResultSet rs, Map<UUID, List<Step>> steps) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		List<Step> own = new ArrayList<>();
		steps.put(id, own);
		LocalDate startedOn = rs.getObject("started_on", LocalDate.class);
		LocalDate maximumEnd = startedOn == null ? null : startedOn.plusMonths(rs.getInt("max_months"));
		int warningDays = rs.getInt("warning_days");
		String approval = rs.getString("approval_reasons");
		TrajectoryView view = new TrajectoryView(id, rs.getObject("contract_id", UUID.class),
				rs.getString("contract_name"), rs.getObject("provider_id", UUID.class), rs.getString("provider_name"),
				rs.getObject("client_id", UUID.class), null, TrajectoryStatus.valueOf(rs.getString("status")),
				rs.getObject("nominated_on", LocalDate.class), rs.getString("nominated_by_name"),
				rs.getString("motivation"), approval == null ? List.of() : List.of(approval.split(",")), startedOn,
				rs.getObject("phase", Integer.class), rs.getObject("phase_since", LocalDate.class),
				SqlRows.strings(rs, "phase_names"), rs.getObject("ended_on", LocalDate.class), outcome(rs),
				rs.getString("outcome_note"), rs.getObject("aftercare_until", LocalDate.class), maximumEnd,
				maximumEnd == null ? null : maximumEnd.minusDays(warningDays), Collections.unmodifiableList(own),
				rs.getLong("version"));
		return new Row(view, rs.getObject("municipality_id", UUID.class),
				ScheduleKind.valueOf(rs.getString("schedule_kind")), rs.getInt("aftercare_months"), warningDays);
	}

}

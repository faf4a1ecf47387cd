package nl.koers.trajectory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.koers.identity.api.CurrentUser;
import nl.koers.system.SqlRows;
import nl.koers.trajectory.TrajectoryView.Step;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

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
		this.jdbc.sql("""
				insert into trajectory_event (id, trajectory_id, kind, occurred_on, phase, outcome, note, author_id,
				    author_name, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(UUID.randomUUID(), trajectoryId, kind.name(), occurredOn, phase,
					outcome == null ? null : outcome.name(), note, author.id(), author.displayName(),
					Timestamp.from(now))
			.update();
	}

	Optional<Row> find(UUID municipalityId, UUID id) {
		return this.jdbc.sql(TRAJECTORY + " where t.id = ? and t.municipality_id = ?")
			.params(id, municipalityId)
			.query(this::row)
			.optional();
	}

	List<Row> ofClient(UUID municipalityId, UUID clientId) {
		return this.jdbc
			.sql(TRAJECTORY + " where t.client_id = ? and t.municipality_id = ? order by t.nominated_on desc")
			.params(clientId, municipalityId)
			.query(this::row)
			.list();
	}

	/**
	 * The provider's trajectories that are open or in aftercare on the day.
	 */
	List<Row> current(UUID municipalityId, UUID providerId, LocalDate today) {
		return this.jdbc
			.sql(TRAJECTORY + " where t.municipality_id = ? and c.provider_id = ? and " + WITH_PROVIDER
					+ " order by t.nominated_on, t.id")
			.params(municipalityId, providerId, today)
			.query(this::row)
			.list();
	}

	List<Row> awaitingApproval(UUID municipalityId) {
		return this.jdbc
			.sql(TRAJECTORY + " where t.municipality_id = ? and t.status = 'AWAITING_APPROVAL' order by t.nominated_on")
			.param(municipalityId)
			.query(this::row)
			.list();
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

	private List<Step> steps(UUID trajectoryId) {
		return this.jdbc.sql("select * from trajectory_event where trajectory_id = ? order by occurred_on, recorded_at")
			.param(trajectoryId)
			.query((rs, row) -> new Step(StepKind.valueOf(rs.getString("kind")),
					rs.getObject("occurred_on", LocalDate.class), rs.getObject("phase", Integer.class),
					rs.getString("outcome") == null ? null : Outcome.valueOf(rs.getString("outcome")),
					rs.getString("note"), rs.getString("author_name"), SqlRows.instant(rs, "recorded_at")))
			.list();
	}

	private Row row(ResultSet rs, int row) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
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
				SqlRows.strings(rs, "phase_names"), rs.getObject("ended_on", LocalDate.class),
				rs.getString("outcome") == null ? null : Outcome.valueOf(rs.getString("outcome")),
				rs.getString("outcome_note"), rs.getObject("aftercare_until", LocalDate.class), maximumEnd,
				maximumEnd == null ? null : maximumEnd.minusDays(warningDays), steps(id), rs.getLong("version"));
		return new Row(view, rs.getObject("municipality_id", UUID.class),
				ScheduleKind.valueOf(rs.getString("schedule_kind")), rs.getInt("aftercare_months"), warningDays);
	}

}

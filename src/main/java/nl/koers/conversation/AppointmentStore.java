package nl.koers.conversation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.koers.conversation.api.AppointmentChange;
import nl.koers.conversation.api.AppointmentChangeKind;
import nl.koers.conversation.api.AppointmentOutcomeReport;
import nl.koers.conversation.api.AppointmentPlan;
import nl.koers.conversation.api.AppointmentStatus;
import nl.koers.conversation.api.AppointmentView;
import nl.koers.conversation.api.Appointments;
import nl.koers.conversation.api.Channel;
import nl.koers.conversation.api.LifeDomain;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.Cursor;
import nl.koers.system.CursorPage;
import nl.koers.system.SqlRows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.util.StringUtils;

/**
 * Appointments and their changes, in plain SQL. The appointment row holds the current
 * state; every change adds an {@code appointment_event}, so earlier times and states stay
 * on record.
 */
@Repository
class AppointmentStore {

	private static final String COLUMNS = """
			select id, client_id, consultant_id, consultant_name, planned_at, channel, location, status, summary,
			       life_domains, next_step, planned_by_name, recorded_at from appointment""";

	private final JdbcClient jdbc;

	AppointmentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * What is planned, for whom and by whom; {@code consultantName} is the holder's name.
	 */
	record NewAppointment(UUID municipalityId, UUID clientId, UUID consultantId, String consultantName,
			AppointmentPlan form) {
	}

	UUID plan(NewAppointment appointment, CurrentUser planner, Instant now) {
		UUID id = UUID.randomUUID();
		AppointmentPlan form = appointment.form();
		this.jdbc.sql("""
				insert into appointment (id, municipality_id, client_id, consultant_id, consultant_name, planned_at,
				    channel, location, status, planned_by_name, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, 'PLANNED', ?, ?)""")
			.params(id, appointment.municipalityId(), appointment.clientId(), appointment.consultantId(),
					appointment.consultantName(), Timestamp.valueOf(form.plannedAt()), form.channel().name(),
					blankToNull(form.location()), planner.displayName(), Timestamp.from(now))
			.update();
		change(id, AppointmentChangeKind.PLANNED, form.plannedAt(), null, null, planner, now);
		return id;
	}

	void reschedule(AppointmentView appointment, RescheduleForm form, CurrentUser author, Instant now) {
		this.jdbc.sql("update appointment set planned_at = ? where id = ?")
			.params(Timestamp.valueOf(form.plannedAt()), appointment.id())
			.update();
		change(appointment.id(), AppointmentChangeKind.RESCHEDULED, form.plannedAt(), appointment.plannedAt(),
				form.reason().strip(), author, now);
	}

	void cancel(AppointmentView appointment, String reason, CurrentUser author, Instant now) {
		this.jdbc.sql("update appointment set status = 'CANCELLED' where id = ?").param(appointment.id()).update();
		change(appointment.id(), AppointmentChangeKind.CANCELLED, appointment.plannedAt(), null, reason.strip(), author,
				now);
	}

	void recordOutcome(AppointmentView appointment, AppointmentOutcomeReport form, CurrentUser author, Instant now) {
		this.jdbc.sql("""
				update appointment set status = ?, summary = ?, life_domains = cast(? as varchar[]), next_step = ?
				where id = ?""")
			.params(form.outcome().name(), blankToNull(form.summary()),
					domains(form.lifeDomains()).stream().map(Enum::name).toArray(String[]::new),
					blankToNull(form.nextStep()), appointment.id())
			.update();
		change(appointment.id(), AppointmentChangeKind.valueOf(form.outcome().name()), appointment.plannedAt(), null,
				null, author, now);
	}

	Optional<AppointmentView> find(UUID municipalityId, UUID id) {
		return this.jdbc.sql(COLUMNS + " where municipality_id = ? and id = ?")
			.params(municipalityId, id)
			.query(AppointmentStore::appointment)
			.optional()
			.map(found -> found.withChanges(changes(List.of(id)).getOrDefault(id, List.of())));
	}

	/**
	 * The client's first planned appointment at or after {@code now} (without its
	 * changes) and how many planned appointments lie before {@code now} without an
	 * outcome, in one query, for the client file's summary.
	 */
	Upcoming upcoming(UUID clientId, LocalDateTime now) {
		return this.jdbc.sql("""
				select (select count(*) from appointment
				        where client_id = :client and status = 'PLANNED' and planned_at < :now) as without_outcome,
				       n.planned_at, n.channel, n.location, n.consultant_name, n.id
				from (select 1) one
				left join lateral (select id, planned_at, channel, location, consultant_name from appointment
				                   where client_id = :client and status = 'PLANNED' and planned_at >= :now
				                   order by planned_at, id limit 1) n on true""")
			.param("client", clientId)
			.param("now", now)
			.query((rs, row) -> new Upcoming(rs.getInt("without_outcome"), rs.getObject("id", UUID.class),
					rs.getObject("planned_at", LocalDateTime.class),
					rs.getString("channel") == null ? null : Channel.valueOf(rs.getString("channel")),
					rs.getString("location"), rs.getString("consultant_name")))
			.single();
	}

	/**
	 * The next planned appointment ({@code id} {@code null} without one) and the number
	 * of earlier ones without an outcome.
	 */
	record Upcoming(int withoutOutcome, UUID id, LocalDateTime plannedAt, Channel channel, String location,
			String consultantName) {
	}

	List<AppointmentView> ofClient(UUID clientId) {
		return withChanges(this.jdbc.sql(COLUMNS + " where client_id = ? order by planned_at desc, id")
			.param(clientId)
			.query(AppointmentStore::appointment)
			.list());
	}

	/**
	 * A page of the client's appointments in the same order (latest planned first), by
	 * key on (planned at, id); the key is read from the column, whatever type the view
	 * gives the time.
	 */
	CursorPage<AppointmentView> ofClient(UUID clientId, String next, int limit) {
		StringBuilder sql = new StringBuilder(COLUMNS + " where client_id = ?");
		List<Object> args = new ArrayList<>(List.of(clientId));
		if (StringUtils.hasText(next)) {
			Cursor cursor = Cursor.decode(next, 2);
			LocalDateTime key = cursor.key(0, LocalDateTime::parse);
			Timestamp plannedAt = Timestamp.valueOf(key);
			sql.append(" and (planned_at < ? or (planned_at = ? and id > ?))");
			args.addAll(List.of(plannedAt, plannedAt, cursor.key(1, UUID::fromString)));
		}
		sql.append(" order by planned_at desc, id limit ?");
		args.add(limit + 1);
		CursorPage<Keyed> page = CursorPage.of(
				this.jdbc.sql(sql.toString())
					.params(args)
					.query((rs, n) -> new Keyed(appointment(rs, n), rs.getTimestamp("planned_at").toLocalDateTime()))
					.list(),
				limit, keyed -> Cursor.of(keyed.plannedAt().toString(), keyed.appointment().id().toString()));
		return new CursorPage<>(withChanges(page.items().stream().map(Keyed::appointment).toList()), page.next());
	}

	private record Keyed(AppointmentView appointment, LocalDateTime plannedAt) {
	}

	/**
	 * A consultant's appointments from {@code from} (inclusive) to {@code until}
	 * (exclusive), in time order.
	 */
	List<AppointmentView> agenda(UUID municipalityId, UUID consultantId, LocalDateTime from, LocalDateTime until) {
		return this.jdbc
			.sql(COLUMNS + " where municipality_id = ? and consultant_id = ? and planned_at >= ? and planned_at < ?"
					+ " order by planned_at, id")
			.params(municipalityId, consultantId, Timestamp.valueOf(from), Timestamp.valueOf(until))
			.query(AppointmentStore::appointment)
			.list();
	}

	/**
	 * The client's earliest appointment still planned and last conversation held (an
	 * appointment held or a contact not refused), for the caseload's columns; the same
	 * definitions as V54's fill.
	 */
	CaseloadConversations.Columns caseloadColumns(UUID clientId) {
		return this.jdbc
			.sql("""
					select (select min(planned_at) from appointment where client_id = :client and status = 'PLANNED') as next,
					       greatest((select max(planned_at) from appointment where client_id = :client and status = 'HELD'),
					                (select max(occurred_at) from contact where client_id = :client and not refused)) as last
					""")
			.param("client", clientId)
			.query((rs, row) -> new CaseloadConversations.Columns(rs.getObject("next", LocalDateTime.class),
					rs.getObject("last", LocalDateTime.class)))
			.single();
	}

	Optional<LocalDateTime> lastNoShow(UUID clientId) {
		return this.jdbc.sql("select max(planned_at) from appointment where client_id = ? and status = 'NO_SHOW'")
			.param(clientId)
			.query((rs, row) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toLocalDateTime))
			.single();
	}

	private List<AppointmentView> withChanges(List<AppointmentView> appointments) {
		Map<UUID, List<AppointmentChange>> changes = changes(appointments.stream().map(AppointmentView::id).toList());
		return appointments.stream()
			.map(appointment -> appointment.withChanges(changes.getOrDefault(appointment.id(), List.of())))
			.toList();
	}

	private Map<UUID, List<AppointmentChange>> changes(List<UUID> appointmentIds) {
		if (appointmentIds.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql("""
				select appointment_id, kind, planned_at, previous_planned_at, reason, author_name, recorded_at
				from appointment_event where appointment_id = any(cast(? as uuid[])) order by recorded_at, id""")
			.param(appointmentIds.stream().map(UUID::toString).toArray(String[]::new))
			.query((rs, row) -> Map.entry(rs.getObject("appointment_id", UUID.class), change(rs)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	private void change(UUID appointmentId, AppointmentChangeKind kind, LocalDateTime plannedAt, LocalDateTime previous,
			String reason, CurrentUser author, Instant now) {
		this.jdbc.sql("""
				insert into appointment_event (id, appointment_id, kind, planned_at, previous_planned_at, reason,
				    author_id, author_name, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), appointmentId, kind.name(), Timestamp.valueOf(plannedAt),
					previous == null ? null : Timestamp.valueOf(previous), reason, author.id(), author.displayName(),
					Timestamp.from(now))
			.update();
	}

	private static AppointmentChange change(ResultSet rs) throws SQLException {
		Timestamp previous = rs.getTimestamp("previous_planned_at");
		return new AppointmentChange(AppointmentChangeKind.valueOf(rs.getString("kind")),
				rs.getTimestamp("planned_at").toLocalDateTime(), previous == null ? null : previous.toLocalDateTime(),
				rs.getString("reason"), rs.getString("author_name"), rs.getTimestamp("recorded_at").toInstant());
	}

	private static AppointmentView appointment(ResultSet rs, int row) throws SQLException {
		return new AppointmentView(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class), null,
				rs.getObject("consultant_id", UUID.class), rs.getString("consultant_name"),
				rs.getTimestamp("planned_at").toLocalDateTime(), Channel.valueOf(rs.getString("channel")),
				rs.getString("location"), AppointmentStatus.valueOf(rs.getString("status")), rs.getString("summary"),
				SqlRows.enums(rs, "life_domains", LifeDomain.class), rs.getString("next_step"),
				rs.getString("planned_by_name"), rs.getTimestamp("recorded_at").toInstant(), List.of());
	}

	private static Set<LifeDomain> domains(Set<LifeDomain> domains) {
		return domains == null || domains.isEmpty() ? Set.of() : EnumSet.copyOf(domains);
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}

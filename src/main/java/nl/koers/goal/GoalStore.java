package nl.koers.goal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.koers.goal.api.GoalCategory;
import nl.koers.goal.api.GoalStatus;
import nl.koers.goal.api.GoalStatusChange;
import nl.koers.goal.api.GoalView;
import nl.koers.goal.api.Goals;
import nl.koers.goal.api.NewGoal;
import nl.koers.goal.api.NewGoalStatus;
import nl.koers.goal.api.NewProgressNote;
import nl.koers.goal.api.ProgressNote;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.Cursor;
import nl.koers.system.CursorPage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.util.StringUtils;

/**
 * Goals with their progress notes and status changes, in plain SQL. Every lookup is bound
 * to a municipality.
 */
@Repository
class GoalStore {

	private static final String GOAL = "select id, client_id, category, description, start_date, author_name, "
			+ "recorded_at, version from goal where municipality_id = ? ";

	private final JdbcClient jdbc;

	GoalStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	UUID insert(UUID municipalityId, UUID clientId, NewGoal goal, CurrentUser author, Instant now) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("insert into goal (id, municipality_id, client_id, category, description, start_date, author_id, "
					+ "author_name, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, municipalityId, clientId, goal.category().name(), goal.description().strip(), goal.startDate(),
					author.id(), author.displayName(), Timestamp.from(now))
			.update();
		return id;
	}

	void addProgress(UUID goalId, NewProgressNote progress, CurrentUser author, Instant now) {
		this.jdbc
			.sql("insert into goal_progress (id, goal_id, noted_on, note, author_id, author_name, recorded_at) "
					+ "values (?, ?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), goalId, progress.notedOn(), progress.note().strip(), author.id(),
					author.displayName(), Timestamp.from(now))
			.update();
	}

	/**
	 * Appends the status change if the goal still has the version the caller read.
	 */
	boolean changeStatus(UUID goalId, NewGoalStatus change, CurrentUser author, Instant now) {
		int bumped = this.jdbc.sql("update goal set version = version + 1 where id = ? and version = ?")
			.params(goalId, change.version())
			.update();
		if (bumped == 0) {
			return false;
		}
		this.jdbc
			.sql("insert into goal_status_change (id, goal_id, status, changed_on, reason, author_id, author_name, "
					+ "recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), goalId, change.status().name(), change.changedOn(), change.reason().strip(),
					author.id(), author.displayName(), Timestamp.from(now))
			.update();
		return true;
	}

	Optional<GoalView> find(UUID municipalityId, UUID id) {
		return withDetails(this.jdbc.sql(GOAL + "and id = ?").params(municipalityId, id).query(GoalStore::row).list())
			.stream()
			.findFirst();
	}

	/**
	 * The client's goals, oldest first.
	 */
	List<GoalView> forClient(UUID municipalityId, UUID clientId) {
		return withDetails(this.jdbc.sql(GOAL + "and client_id = ? order by start_date, recorded_at, id")
			.params(municipalityId, clientId)
			.query(GoalStore::row)
			.list());
	}

	/**
	 * A page of the client's goals in the same order, by key on (start date, recorded at,
	 * id).
	 */
	CursorPage<GoalView> forClient(UUID municipalityId, UUID clientId, String next, int limit) {
		StringBuilder sql = new StringBuilder(GOAL + "and client_id = ?");
		List<Object> args = new ArrayList<>(List.of(municipalityId, clientId));
		if (StringUtils.hasText(next)) {
			Cursor cursor = Cursor.decode(next, 3);
			sql.append(" and (start_date, recorded_at, id) > (?, ?, ?)");
			args.add(cursor.key(0, LocalDate::parse));
			args.add(Timestamp.from(cursor.key(1, Instant::parse)));
			args.add(cursor.key(2, UUID::fromString));
		}
		sql.append(" order by start_date, recorded_at, id limit ?");
		args.add(limit + 1);
		CursorPage<Row> page = CursorPage.of(this.jdbc.sql(sql.toString()).params(args).query(GoalStore::row).list(),
				limit, row -> Cursor.of(row.startDate().toString(), row.recordedAt().toString(), row.id().toString()));
		return new CursorPage<>(withDetails(page.items()), page.next());
	}

	private List<GoalView> withDetails(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		List<UUID> ids = rows.stream().map(Row::id).toList();
		Map<UUID, List<ProgressNote>> progress = this.jdbc
			.sql("select id, goal_id, noted_on, note, author_name, recorded_at from goal_progress "
					+ "where goal_id in (:ids) order by noted_on, recorded_at, id")
			.param("ids", ids)
			.query((rs, n) -> Map.entry(rs.getObject("goal_id", UUID.class), progress(rs)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		Map<UUID, List<GoalStatusChange>> changes = this.jdbc
			.sql("select id, goal_id, status, changed_on, reason, author_name, recorded_at from goal_status_change "
					+ "where goal_id in (:ids) order by changed_on, recorded_at, id")
			.param("ids", ids)
			.query((rs, n) -> Map.entry(rs.getObject("goal_id", UUID.class), change(rs)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return rows.stream()
			.map(row -> row.view(progress.getOrDefault(row.id(), List.of()), changes.getOrDefault(row.id(), List.of())))
			.toList();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
				GoalCategory.valueOf(rs.getString("category")), rs.getString("description"),
				rs.getObject("start_date", LocalDate.class), rs.getString("author_name"),
				rs.getTimestamp("recorded_at").toInstant(), rs.getLong("version"));
	}

	private static ProgressNote progress(ResultSet rs) throws SQLException {
		return new ProgressNote(rs.getObject("id", UUID.class), rs.getObject("noted_on", LocalDate.class),
				rs.getString("note"), rs.getString("author_name"), rs.getTimestamp("recorded_at").toInstant());
	}

	private static GoalStatusChange change(ResultSet rs) throws SQLException {
		return new GoalStatusChange(rs.getObject("id", UUID.class), GoalStatus.valueOf(rs.getString("status")),
				rs.getObject("changed_on", LocalDate.class), rs.getString("reason"), rs.getString("author_name"),
				rs.getTimestamp("recorded_at").toInstant());
	}

	private record Row(UUID id, UUID clientId, GoalCategory category, String description, LocalDate startDate,
			String authorName, Instant recordedAt, long version) {

		GoalView view(List<ProgressNote> progress, List<GoalStatusChange> changes) {
			GoalStatus status = changes.isEmpty() ? GoalStatus.ACTIVE : changes.get(changes.size() - 1).status();
			return new GoalView(this.id, this.clientId, this.category, this.description, this.startDate, status,
					this.authorName, this.recordedAt, this.version, progress, changes);
		}

	}

}

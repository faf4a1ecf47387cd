package nl.koers.task;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.koers.system.Cursor;
import nl.koers.system.CursorPage;
import nl.koers.task.api.TaskStatus;
import nl.koers.task.api.TaskType;
import nl.koers.task.api.TaskView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.util.StringUtils;

/**
 * The {@code task} table, in plain SQL. Opening a task is one upsert against the partial
 * unique index on open tasks, so two concurrent calls cannot open two tasks of one type
 * for a client. Worklists are paged by key on (due date, id).
 */
@Repository
class TaskStore {

	private static final String COLUMNS = """
			id, municipality_id, client_id, type, due_date, assignee_id, status, created_at, closed_at, closed_by""";

	private final JdbcClient jdbc;

	TaskStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Opens a task, or moves the due date and assignee of the open one; answers whether
	 * it opened one.
	 */
	boolean openOrReschedule(UUID municipalityId, UUID clientId, TaskType type, LocalDate dueDate, UUID assigneeId,
			Instant now) {
		// xmax is 0 for a row this statement inserted, not for one it updated on conflict
		return this.jdbc.sql("""
				insert into task (id, municipality_id, client_id, type, due_date, assignee_id, status, created_at)
				values (?, ?, ?, ?, ?, ?, 'OPEN', ?)
				on conflict (client_id, type) where status = 'OPEN'
				do update set due_date = excluded.due_date, assignee_id = excluded.assignee_id
				returning xmax = 0""")
			.params(UUID.randomUUID(), municipalityId, clientId, type.name(), dueDate, assigneeId, Timestamp.from(now))
			.query(Boolean.class)
			.single();
	}

	/**
	 * How many open tasks of this type, in all municipalities, were due before this day.
	 */
	int overdue(TaskType type, LocalDate today) {
		return this.jdbc.sql("select count(*) from task where status = 'OPEN' and type = ? and due_date < ?")
			.params(type.name(), today)
			.query(Integer.class)
			.single();
	}

	/**
	 * Closes the open task of this type, if any; {@code closedBy} is {@code null} for a
	 * cancelled task.
	 */
	int close(UUID clientId, TaskType type, TaskStatus status, UUID closedBy, Instant now) {
		return this.jdbc.sql("""
				update task set status = ?, closed_at = ?, closed_by = ?
				where client_id = ? and type = ? and status = 'OPEN'""")
			.params(status.name(), Timestamp.from(now), closedBy, clientId, type.name())
			.update();
	}

	/**
	 * Cancels every open task of the client except those of one type.
	 */
	int cancelOpenExcept(UUID clientId, TaskType kept, Instant now) {
		return this.jdbc.sql("""
				update task set status = 'CANCELLED', closed_at = ?
				where client_id = ? and status = 'OPEN' and type <> ?""")
			.params(Timestamp.from(now), clientId, kept.name())
			.update();
	}

	int reassignOpen(UUID clientId, UUID assigneeId) {
		return this.jdbc.sql("update task set assignee_id = ? where client_id = ? and status = 'OPEN'")
			.params(assigneeId, clientId)
			.update();
	}

	Optional<TaskView> findOpen(UUID clientId, TaskType type) {
		return this.jdbc.sql("select " + COLUMNS + " from task where client_id = ? and type = ? and status = 'OPEN'")
			.params(clientId, type.name())
			.query(TaskStore::view)
			.optional();
	}

	/**
	 * The client's open tasks, soonest due first.
	 */
	List<TaskView> openOfClient(UUID municipalityId, UUID clientId) {
		return this.jdbc.sql("select " + COLUMNS
				+ " from task where client_id = ? and municipality_id = ? and status = 'OPEN' order by due_date, id")
			.params(clientId, municipalityId)
			.query(TaskStore::view)
			.list();
	}

	Optional<TaskView> find(UUID municipalityId, UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from task where id = ? and municipality_id = ?")
			.params(id, municipalityId)
			.query(TaskStore::view)
			.optional();
	}

	/**
	 * Which open tasks a worklist shows: those of one municipality, optionally only one
	 * assignee's, due before a day, of one type.
	 */
	record Criteria(UUID municipalityId, UUID assigneeId, LocalDate dueBefore, TaskType type) {
	}

	CursorPage<TaskView> open(Criteria criteria, String next, int limit) {
		StringBuilder sql = new StringBuilder("select " + COLUMNS + " from task where status = 'OPEN'");
		List<Object> args = new ArrayList<>();
		where(criteria, sql, args);
		if (StringUtils.hasText(next)) {
			Cursor cursor = Cursor.decode(next, 2);
			sql.append(" and (due_date, id) > (?, ?)");
			args.add(cursor.key(0, LocalDate::parse));
			args.add(cursor.key(1, UUID::fromString));
		}
		sql.append(" order by due_date, id limit ?");
		args.add(limit + 1);
		List<TaskView> rows = this.jdbc.sql(sql.toString()).params(args).query(TaskStore::view).list();
		return CursorPage.of(rows, limit, last -> Cursor.of(last.dueDate().toString(), last.id().toString()));
	}

	/**
	 * How many open tasks match and are due before this day.
	 */
	int count(Criteria criteria) {
		StringBuilder sql = new StringBuilder("select count(*) from task where status = 'OPEN'");
		List<Object> args = new ArrayList<>();
		where(criteria, sql, args);
		return this.jdbc.sql(sql.toString()).params(args).query(Integer.class).single();
	}

	private static void where(Criteria criteria, StringBuilder sql, List<Object> args) {
		sql.append(" and municipality_id = ?");
		args.add(criteria.municipalityId());
		if (criteria.assigneeId() != null) {
			sql.append(" and assignee_id = ?");
			args.add(criteria.assigneeId());
		}
		if (criteria.dueBefore() != null) {
			sql.append(" and due_date < ?");
			args.add(criteria.dueBefore());
		}
		if (criteria.type() != null) {
			sql.append(" and type = ?");
			args.add(criteria.type().name());
		}
	}

	private static TaskView view(ResultSet rs, int row) throws SQLException {
		Timestamp closedAt = rs.getTimestamp("closed_at");
		return new TaskView(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
				TaskType.valueOf(rs.getString("type")), rs.getObject("due_date", LocalDate.class),
				rs.getObject("assignee_id", UUID.class), TaskStatus.valueOf(rs.getString("status")),
				rs.getObject("municipality_id", UUID.class), rs.getTimestamp("created_at").toInstant(),
				closedAt == null ? null : closedAt.toInstant(), rs.getObject("closed_by", UUID.class));
	}

}

package nl.koers.task;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.koers.task.api.TaskFigures.AssigneeTasks;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Open tasks counted per assignee in plain SQL, for {@link TaskFigureService}: one
 * grouped query over the municipality's open tasks ({@code task_municipality_idx}).
 */
@Repository
class TaskFigureStore {

	private final JdbcClient jdbc;

	TaskFigureStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<AssigneeTasks> openPerAssignee(UUID municipalityId, LocalDate date, LocalDate dueUntil) {
		return this.jdbc
			.sql("""
					select assignee_id,
					       count(*) filter (where type in ('REST_REVIEW', 'CARE_REVIEW') and due_date < ?) as reviews_overdue,
					       count(*) filter (where type in ('REST_REVIEW', 'CARE_REVIEW') and due_date >= ? and due_date <= ?)
					           as reviews_due,
					       count(*) filter (where type = 'OUTREACH') as outreach_open,
					       count(*) filter (where type = 'OUTREACH' and due_date < ?) as outreach_overdue
					from task
					where municipality_id = ? and status = 'OPEN' and type in ('REST_REVIEW', 'CARE_REVIEW', 'OUTREACH')
					group by assignee_id""")
			.params(date, date, dueUntil, date, municipalityId)
			.query((rs, row) -> new AssigneeTasks(rs.getObject("assignee_id", UUID.class),
					rs.getLong("reviews_overdue"), rs.getLong("reviews_due"), rs.getLong("outreach_open"),
					rs.getLong("outreach_overdue")))
			.list()
			.stream()
			.filter(tasks -> tasks.reviewsOverdue() + tasks.reviewsDue() + tasks.outreachOpen() > 0)
			.toList();
	}

	List<UUID> overdueReviewClients(UUID municipalityId, UUID assigneeId, LocalDate date, int limit) {
		return this.jdbc.sql("""
				select client_id from task
				where municipality_id = ? and assignee_id = ? and status = 'OPEN'
				  and type in ('REST_REVIEW', 'CARE_REVIEW') and due_date < ?
				order by due_date, client_id limit ?""")
			.params(municipalityId, assigneeId, date, limit)
			.query(UUID.class)
			.list();
	}

}

package nl.koers.task;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import nl.koers.Fixtures;
import nl.koers.Fixtures.Municipality;
import nl.koers.KoersTest;
import nl.koers.client.api.Clients;
import nl.koers.client.api.ClientView;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.task.api.TaskStatus;
import nl.koers.task.api.TaskType;
import nl.koers.task.api.TaskView;
import nl.koers.task.api.Tasks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * What other modules rely on: one open task per client and type, closing, and tasks that
 * follow the case lead.
 */
@KoersTest
class TasksTests {

	@Autowired
	Tasks tasks;

	@Autowired
	Clients clients;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Clock clock;

	Municipality municipality;

	CurrentUser caseLead;

	ClientView client;

	LocalDate today;

	@BeforeEach
	void setUp() {
		this.municipality = this.fixtures.municipality();
		this.caseLead = this.municipality.user(Role.CONSULTANT);
		this.client = this.municipality.client(this.caseLead);
		this.today = LocalDate.now(this.clock.withZone(ZoneId.of("Europe/Amsterdam")));
	}

	@Test
	void schedulesAnOpenTaskForTheCaseLead() {
		schedule(TaskType.OUTREACH, this.today.plusDays(5), this.caseLead.id());
		TaskView task = this.tasks.open(this.client.id(), TaskType.OUTREACH).orElseThrow();
		assertThat(task.status()).isEqualTo(TaskStatus.OPEN);
		assertThat(task.dueDate()).isEqualTo(this.today.plusDays(5));
		assertThat(task.assigneeId()).isEqualTo(this.caseLead.id());
		assertThat(task.clientId()).isEqualTo(this.client.id());
		assertThat(task.municipalityId()).isEqualTo(this.municipality.id());
		assertThat(task.createdAt()).isNotNull();
		assertThat(task.closedAt()).isNull();
		assertThat(this.tasks.open(this.client.id(), TaskType.REST_REVIEW)).isEmpty();
	}

	@Test
	void schedulingAgainMovesTheDueDateOfTheOpenTask() {
		schedule(TaskType.REST_REVIEW, this.today.plusDays(30), this.caseLead.id());
		UUID id = this.tasks.open(this.client.id(), TaskType.REST_REVIEW).orElseThrow().id();
		schedule(TaskType.REST_REVIEW, this.today.plusDays(60), this.caseLead.id());
		TaskView task = this.tasks.open(this.client.id(), TaskType.REST_REVIEW).orElseThrow();
		assertThat(task.id()).isEqualTo(id);
		assertThat(task.dueDate()).isEqualTo(this.today.plusDays(60));
		assertThat(rows(TaskType.REST_REVIEW)).containsExactly("OPEN");
	}

	@Test
	void eachTypeHasItsOwnOpenTask() {
		for (TaskType type : TaskType.values()) {
			schedule(type, this.today.plusDays(7), this.caseLead.id());
		}
		assertThat(TaskType.values()).allSatisfy(type -> assertThat(rows(type)).containsExactly("OPEN"));
	}

	@Test
	void completingClosesTheOpenTaskAndTheNextScheduleOpensANewOne() {
		schedule(TaskType.OUTREACH, this.today, this.caseLead.id());
		UUID first = this.tasks.open(this.client.id(), TaskType.OUTREACH).orElseThrow().id();
		this.tasks.complete(this.client.id(), TaskType.OUTREACH, this.caseLead.id());
		assertThat(this.tasks.open(this.client.id(), TaskType.OUTREACH)).isEmpty();
		assertThat(this.jdbc.sql("select status, closed_by, closed_at is not null from task where id = ?")
			.param(first)
			.query((rs, n) -> List.of(rs.getString(1), rs.getObject(2, UUID.class), rs.getBoolean(3)))
			.single()).containsExactly("DONE", this.caseLead.id(), true);
		schedule(TaskType.OUTREACH, this.today.plusDays(3), this.caseLead.id());
		assertThat(this.tasks.open(this.client.id(), TaskType.OUTREACH).orElseThrow().id()).isNotEqualTo(first);
		assertThat(rows(TaskType.OUTREACH)).containsExactlyInAnyOrder("DONE", "OPEN");
	}

	@Test
	void cancellingWithdrawsTheOpenTaskWithoutACloser() {
		schedule(TaskType.CARE_REVIEW, this.today.plusMonths(3), this.caseLead.id());
		schedule(TaskType.OUTREACH, this.today.plusDays(5), this.caseLead.id());
		this.tasks.cancel(this.client.id(), TaskType.CARE_REVIEW);
		assertThat(this.tasks.open(this.client.id(), TaskType.CARE_REVIEW)).isEmpty();
		assertThat(this.tasks.open(this.client.id(), TaskType.OUTREACH)).isPresent();
		assertThat(this.jdbc.sql("select status, closed_by from task where client_id = ? and type = 'CARE_REVIEW'")
			.param(this.client.id())
			.query((rs, n) -> rs.getString(1) + "/" + rs.getObject(2))
			.single()).isEqualTo("CANCELLED/null");
	}

	@Test
	void completingOrCancellingWithoutAnOpenTaskDoesNothing() {
		this.tasks.complete(this.client.id(), TaskType.OUTREACH, this.caseLead.id());
		this.tasks.cancel(this.client.id(), TaskType.REST_REVIEW);
		schedule(TaskType.OUTREACH, this.today, this.caseLead.id());
		this.tasks.complete(this.client.id(), TaskType.OUTREACH, this.caseLead.id());
		this.tasks.complete(this.client.id(), TaskType.OUTREACH, this.caseLead.id());
		this.tasks.cancel(this.client.id(), TaskType.OUTREACH);
		assertThat(rows(TaskType.OUTREACH)).containsExactly("DONE");
		assertThat(rows(TaskType.REST_REVIEW)).isEmpty();
	}

	@Test
	void aTaskWithoutCaseLeadIsUnassigned() {
		CurrentUser coordinator = this.municipality.user(Role.COORDINATOR);
		ClientView withoutLead = this.municipality.client(coordinator);
		this.tasks.schedule(this.municipality.id(), withoutLead.id(), TaskType.OUTREACH, this.today, null);
		assertThat(this.tasks.open(withoutLead.id(), TaskType.OUTREACH).orElseThrow().assigneeId()).isNull();
	}

	@Test
	void openTasksFollowANewCaseLeadButClosedOnesKeepTheirs() {
		schedule(TaskType.OUTREACH, this.today, this.caseLead.id());
		schedule(TaskType.REST_REVIEW, this.today.plusDays(20), this.caseLead.id());
		schedule(TaskType.CARE_REVIEW, this.today, this.caseLead.id());
		this.tasks.complete(this.client.id(), TaskType.CARE_REVIEW, this.caseLead.id());
		CurrentUser successor = this.municipality.user(Role.CONSULTANT);
		this.clients.assignCaseLead(this.municipality.user(Role.COORDINATOR), this.client.id(), successor.id(), null);
		assertThat(this.tasks.open(this.client.id(), TaskType.OUTREACH).orElseThrow().assigneeId())
			.isEqualTo(successor.id());
		assertThat(this.tasks.open(this.client.id(), TaskType.REST_REVIEW).orElseThrow().assigneeId())
			.isEqualTo(successor.id());
		assertThat(this.jdbc.sql("select assignee_id from task where client_id = ? and status = 'DONE'")
			.param(this.client.id())
			.query(UUID.class)
			.single()).isEqualTo(this.caseLead.id());
	}

	@Test
	void anUnassignedTaskGetsTheFirstCaseLead() {
		CurrentUser coordinator = this.municipality.user(Role.COORDINATOR);
		ClientView withoutLead = this.municipality.client(coordinator);
		this.tasks.schedule(this.municipality.id(), withoutLead.id(), TaskType.OUTREACH, this.today, null);
		this.clients.assignCaseLead(coordinator, withoutLead.id(), this.caseLead.id(), null);
		assertThat(this.tasks.open(withoutLead.id(), TaskType.OUTREACH).orElseThrow().assigneeId())
			.isEqualTo(this.caseLead.id());
	}

	@Test
	void aTaskOpensAndClosesWithTheCallersTransaction() {
		assertThatIllegalStateException().isThrownBy(() -> this.transactions.executeWithoutResult(status -> {
			schedule(TaskType.OUTREACH, this.today, this.caseLead.id());
			assertThat(this.tasks.open(this.client.id(), TaskType.OUTREACH)).isPresent();
			throw new IllegalStateException("the caller's change fails");
		}));
		assertThat(this.tasks.open(this.client.id(), TaskType.OUTREACH)).isEmpty();
		schedule(TaskType.OUTREACH, this.today, this.caseLead.id());
		this.transactions.executeWithoutResult(status -> {
			this.tasks.complete(this.client.id(), TaskType.OUTREACH, this.caseLead.id());
			status.setRollbackOnly();
		});
		assertThat(this.tasks.open(this.client.id(), TaskType.OUTREACH)).isPresent();
	}

	@Test
	void theDatabaseRefusesASecondOpenTaskOfTheSameType() {
		schedule(TaskType.OUTREACH, this.today, this.caseLead.id());
		assertThat(this.jdbc.sql("""
				insert into task (id, municipality_id, client_id, type, due_date, status, created_at)
				values (?, ?, ?, 'OUTREACH', ?, 'OPEN', now()) on conflict do nothing""")
			.params(UUID.randomUUID(), this.municipality.id(), this.client.id(), this.today)
			.update()).isZero();
	}

	private void schedule(TaskType type, LocalDate due, UUID assignee) {
		this.tasks.schedule(this.municipality.id(), this.client.id(), type, due, assignee);
	}

	private List<String> rows(TaskType type) {
		return this.jdbc.sql("select status from task where client_id = ? and type = ? order by created_at")
			.params(this.client.id(), type.name())
			.query(String.class)
			.list();
	}

}

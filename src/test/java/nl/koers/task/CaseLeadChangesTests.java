package nl.koers.task;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import nl.koers.Fixtures;
import nl.koers.Fixtures.Municipality;
import nl.koers.KoersTest;
import nl.koers.client.api.CaseLeadAssigned;
import nl.koers.client.api.Clients;
import nl.koers.client.api.ClientView;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.task.api.TaskType;
import nl.koers.task.api.TaskView;
import nl.koers.task.api.Tasks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reaction to {@code client.CaseLeadAssigned} as a Modulith application module
 * listener: after the client's transaction, the client's open tasks move to the new case
 * lead.
 */
@KoersTest
class CaseLeadChangesTests {

	@Autowired
	Tasks tasks;

	@Autowired
	Clients clients;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

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
	void assigningANewCaseLeadMovesTheOpenTaskToThem(Scenario scenario) {
		this.tasks.schedule(this.municipality.id(), this.client.id(), TaskType.OUTREACH, this.today.plusDays(5),
				this.caseLead.id());
		CurrentUser successor = this.municipality.user(Role.CONSULTANT);
		CurrentUser coordinator = this.municipality.user(Role.COORDINATOR);
		scenario.stimulate(() -> this.clients.assignCaseLead(coordinator, this.client.id(), successor.id(), null))
			.andWaitForStateChange(() -> assignee(), successor.id()::equals)
			.andVerifyEvents(events -> assertThat(
					events.ofType(CaseLeadAssigned.class).matching(event -> event.clientId().equals(this.client.id())))
				.hasSize(1));
		assertThat(this.tasks.open(this.client.id(), TaskType.OUTREACH).map(TaskView::dueDate))
			.contains(this.today.plusDays(5));
		assertThat(incompletePublications()).isZero();
	}

	@Test
	void aPublishedAssignmentIsHandledAndAHandledOneAgainChangesNothing(Scenario scenario) {
		this.tasks.schedule(this.municipality.id(), this.client.id(), TaskType.REST_REVIEW, this.today.plusDays(20),
				this.caseLead.id());
		UUID successor = this.municipality.user(Role.CONSULTANT).id();
		CaseLeadAssigned assigned = new CaseLeadAssigned(this.client.id(), successor);
		scenario.publish(assigned)
			.andWaitForStateChange(() -> assignee(TaskType.REST_REVIEW), successor::equals)
			.andVerify(assignee -> assertThat(assignee).isEqualTo(successor));
		scenario.publish(assigned)
			.andWaitForStateChange(() -> assignee(TaskType.REST_REVIEW), successor::equals)
			.andVerify(assignee -> assertThat(this.tasks.open(this.client.id(), TaskType.REST_REVIEW)).isPresent());
		assertThat(incompletePublications()).isZero();
	}

	private UUID assignee() {
		return assignee(TaskType.OUTREACH);
	}

	private UUID assignee(TaskType type) {
		return this.tasks.open(this.client.id(), type).map(TaskView::assigneeId).orElse(null);
	}

	/**
	 * Publications of this client's assignment still waiting for their listener.
	 */
	private int incompletePublications() {
		return this.jdbc
			.sql("select count(*) from event_publication where completion_date is null and serialized_event like ?")
			.param("%" + this.client.id() + "%")
			.query(Integer.class)
			.single();
	}

}

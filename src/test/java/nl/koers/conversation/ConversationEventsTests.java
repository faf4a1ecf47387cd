package nl.koers.conversation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;

import nl.koers.Fixtures;
import nl.koers.Fixtures.Municipality;
import nl.koers.KoersTest;
import nl.koers.client.api.ClientView;
import nl.koers.conversation.api.AppointmentOutcome;
import nl.koers.conversation.api.AppointmentOutcomeReport;
import nl.koers.conversation.api.AppointmentPlan;
import nl.koers.conversation.api.Channel;
import nl.koers.conversation.api.ConversationRefused;
import nl.koers.conversation.api.NewContact;
import nl.koers.conversation.api.NewOutreachAttempt;
import nl.koers.conversation.api.NoShowRecorded;
import nl.koers.conversation.api.OutreachAttemptRecorded;
import nl.koers.conversation.api.OutreachMethod;
import nl.koers.conversation.api.OutreachResult;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.task.api.TaskType;
import nl.koers.task.api.Tasks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The events the conversation module publishes for other modules (measures), each awaited
 * with Modulith's {@link Scenario} after the step that publishes it has committed.
 */
@KoersTest
class ConversationEventsTests {

	@Autowired
	AppointmentService appointments;

	@Autowired
	ContactService contacts;

	@Autowired
	Tasks tasks;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Clock clock;

	Municipality municipality;

	CurrentUser consultant;

	ClientView client;

	LocalDateTime yesterday;

	@BeforeEach
	void setUp() {
		this.municipality = this.fixtures.municipality();
		this.consultant = this.municipality.user(Role.CONSULTANT);
		this.client = this.municipality.client(this.consultant,
				Fixtures.details().name("Sven", "Smit").caseLead(this.consultant.id()));
		this.yesterday = LocalDate.now(this.clock).minusDays(1).atTime(10, 0);
	}

	@Test
	void aNoShowIsPublishedAndOpensOutreach(Scenario scenario) {
		UUID appointment = plan(this.yesterday);
		scenario
			.stimulate(() -> this.appointments.recordOutcome(this.consultant, appointment,
					outcome(AppointmentOutcome.NO_SHOW)))
			.andWaitForEventOfType(NoShowRecorded.class)
			.matching(event -> event.appointmentId().equals(appointment))
			.toArriveAndVerify(event -> {
				assertThat(event.clientId()).isEqualTo(this.client.id());
				assertThat(event.municipalityId()).isEqualTo(this.municipality.id());
				assertThat(event.date()).isEqualTo(this.yesterday.toLocalDate());
				assertThat(this.tasks.open(this.client.id(), TaskType.OUTREACH)).isPresent();
			});
	}

	@Test
	void aConversationRefusedAtTheAppointmentIsPublished(Scenario scenario) {
		UUID appointment = plan(this.yesterday);
		scenario
			.stimulate(() -> this.appointments.recordOutcome(this.consultant, appointment,
					outcome(AppointmentOutcome.REFUSED)))
			.andWaitForEventOfType(ConversationRefused.class)
			.matching(event -> event.sourceId().equals(appointment))
			.toArriveAndVerify(event -> {
				assertThat(event.clientId()).isEqualTo(this.client.id());
				assertThat(event.date()).isEqualTo(this.yesterday.toLocalDate());
			});
	}

	@Test
	void aContactTheClientRefusedIsPublished(Scenario scenario) {
		NewContact refused = new NewContact(this.yesterday, Channel.PHONE, "Wil niet praten.", true);
		scenario.stimulate(() -> this.contacts.record(this.consultant, this.client.id(), refused))
			.andWaitForEventOfType(ConversationRefused.class)
			.matching(event -> event.clientId().equals(this.client.id()))
			.toArriveAndVerify((event, contact) -> {
				assertThat(event.sourceId()).isEqualTo(contact.id());
				assertThat(event.municipalityId()).isEqualTo(this.municipality.id());
			});
	}

	@Test
	void anOutreachAttemptIsPublishedAndRestoringContactClosesOutreach(Scenario scenario) {
		this.appointments.recordOutcome(this.consultant, plan(this.yesterday.minusDays(1)),
				outcome(AppointmentOutcome.NO_SHOW));
		NewOutreachAttempt attempt = new NewOutreachAttempt(OutreachMethod.HOME_VISIT, OutreachResult.CONTACT_RESTORED,
				this.yesterday.toLocalDate(), null);
		scenario.stimulate(() -> this.contacts.recordOutreach(this.consultant, this.client.id(), attempt))
			.andWaitForEventOfType(OutreachAttemptRecorded.class)
			.matching(event -> event.clientId().equals(this.client.id()))
			.toArriveAndVerify((event, recorded) -> {
				assertThat(event.attemptId()).isEqualTo(recorded.id());
				assertThat(event.contactRestored()).isTrue();
				assertThat(event.date()).isEqualTo(this.yesterday.toLocalDate());
				assertThat(this.tasks.open(this.client.id(), TaskType.OUTREACH)).isEmpty();
			});
	}

	/**
	 * An appointment planned in the past, as the API allows (the pages record a past
	 * conversation with its outcome in one step, {@link AppointmentService#recordPast}).
	 */
	private UUID plan(LocalDateTime at) {
		return this.appointments
			.planAnyTime(this.consultant, this.client.id(), new AppointmentPlan(at, Channel.FACE_TO_FACE, null, null))
			.id();
	}

	private static AppointmentOutcomeReport outcome(AppointmentOutcome outcome) {
		return new AppointmentOutcomeReport(outcome, null, Set.of(), null);
	}

}

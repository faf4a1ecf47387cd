package nl.koers.obligation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.koers.Fixtures;
import nl.koers.Fixtures.Municipality;
import nl.koers.KoersTest;
import nl.koers.agreement.api.AgreementBroken;
import nl.koers.client.api.ClientView;
import nl.koers.conversation.api.ConversationRefused;
import nl.koers.conversation.api.NoShowRecorded;
import nl.koers.conversation.api.OutreachAttemptRecorded;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.route.api.ClientProfile;
import nl.koers.route.api.ProfileDecision;
import nl.koers.route.api.Route;
import nl.koers.route.api.RoutePeriod;
import nl.koers.route.api.RoutePeriodsChanged;
import nl.koers.route.api.Routes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event obligation reacts to, published as its module does (in a transaction) and
 * handled after the commit through the event publication registry; and handled a second
 * time, as a retry would, without a second effect.
 */
@KoersTest
class ObligationEventTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeasureFacts facts;

	@Autowired
	ExemptionPeriods exemptionPeriods;

	@Autowired
	ExemptionStore exemptions;

	@Autowired
	Routes routes;

	Municipality municipality;

	CurrentUser consultant;

	ClientView client;

	LocalDate today = LocalDate.now();

	@BeforeEach
	void setUp() {
		this.municipality = this.fixtures.municipality();
		this.consultant = this.municipality.user(Role.CONSULTANT);
		this.client = this.municipality.client(this.consultant, Fixtures.details().caseLead(this.consultant.id()));
	}

	@Test
	void aNoShowIsKeptAsAFactOnce(Scenario scenario) {
		NoShowRecorded noShow = new NoShowRecorded(UUID.randomUUID(), this.client.id(), this.municipality.id(),
				this.today.minusDays(3));
		scenario.publish(noShow)
			.andWaitForStateChange(() -> facts(noShow.appointmentId(), "NO_SHOW"), count -> count > 0)
			.andVerify(count -> assertThat(count).isEqualTo(1));
		this.facts.on(noShow);
		assertThat(facts(noShow.appointmentId(), "NO_SHOW")).isEqualTo(1);
		assertThat(this.facts.conversationCounts(this.client.id(), this.today.minusMonths(6)).noShows()).isEqualTo(1);
	}

	@Test
	void aRefusedConversationIsKeptAsAFactOnce(Scenario scenario) {
		ConversationRefused refusal = new ConversationRefused(UUID.randomUUID(), this.client.id(),
				this.municipality.id(), this.today.minusDays(2));
		scenario.publish(refusal)
			.andWaitForStateChange(() -> facts(refusal.sourceId(), "REFUSAL"), count -> count > 0)
			.andVerify(count -> assertThat(count).isEqualTo(1));
		this.facts.on(refusal);
		assertThat(this.facts.conversationCounts(this.client.id(), this.today.minusMonths(6)).refusals()).isEqualTo(1);
	}

	@Test
	void aFailedOutreachAttemptIsKeptAsAFactOnceAndARestoredContactNot(Scenario scenario) {
		OutreachAttemptRecorded failed = new OutreachAttemptRecorded(UUID.randomUUID(), this.client.id(),
				this.municipality.id(), this.today.minusDays(1), false);
		scenario.publish(failed)
			.andWaitForStateChange(() -> facts(failed.attemptId(), "FAILED_OUTREACH"), count -> count > 0)
			.andVerify(count -> assertThat(count).isEqualTo(1));
		this.facts.on(failed);
		OutreachAttemptRecorded restored = new OutreachAttemptRecorded(UUID.randomUUID(), this.client.id(),
				this.municipality.id(), this.today, true);
		scenario.publish(restored)
			.andWaitForStateChange(() -> this.facts.conversationCounts(this.client.id(), this.today.minusMonths(6)))
			.andVerify(counts -> assertThat(counts.failedOutreach()).isEqualTo(1));
		assertThat(facts(restored.attemptId(), "FAILED_OUTREACH")).isZero();
	}

	@Test
	void aBrokenAgreementIsKeptOnceAndItsLatestOutcomeCounts(Scenario scenario) {
		UUID agreement = UUID.randomUUID();
		AgreementBroken broken = new AgreementBroken(agreement, this.client.id(), this.municipality.id(),
				this.today.minusDays(5), false, true, "Dagbesteding");
		scenario.publish(broken)
			.andWaitForStateChange(() -> this.facts.brokenAgreements(this.client.id()), list -> !list.isEmpty())
			.andVerify(list -> assertThat(list).extracting(MeasureFacts.BrokenAgreement::agreementId)
				.containsExactly(agreement));
		this.facts.on(broken);
		assertThat(facts(agreement, "BROKEN_AGREEMENT")).isEqualTo(1);
		AgreementBroken withReason = new AgreementBroken(agreement, this.client.id(), this.municipality.id(),
				this.today.minusDays(4), true, true, "Dagbesteding");
		scenario.publish(withReason)
			.andWaitForStateChange(() -> this.facts.brokenAgreements(this.client.id()), List::isEmpty)
			.andVerify(list -> assertThat(facts(agreement, "BROKEN_AGREEMENT")).isEqualTo(1));
	}

	@Test
	void aKp4PeriodBringsOneExemptionToConfirm(Scenario scenario) {
		scenario
			.stimulate(() -> this.routes.decideProfile(this.consultant, this.client.id(),
					new ProfileDecision(ClientProfile.KP4, LocalDate.of(2024, 3, 4), "Uitkomst intake", null)))
			.andWaitForEventOfType(RoutePeriodsChanged.class)
			.toArriveAndVerify(change -> assertThat(this.exemptions.ofClient(this.client.id()))
				.extracting(ExemptionView::origin, ExemptionView::from, ExemptionView::until, ExemptionView::confirmed)
				.containsExactly(
						org.assertj.core.groups.Tuple.tuple("KP4_DECISION", LocalDate.of(2024, 3, 4), null, false)));
		RoutePeriodsChanged ended = new RoutePeriodsChanged(this.client.id(), this.municipality.id(), List.of(),
				List.of(new RoutePeriod(Route.INVESTIGATION, LocalDate.of(2024, 3, 4), LocalDate.of(2025, 1, 1))));
		scenario.publish(ended)
			.andWaitForStateChange(() -> this.exemptions.ofClient(this.client.id()).get(0).until())
			.andVerify(until -> assertThat(until).isEqualTo(LocalDate.of(2025, 1, 1)));
		this.exemptionPeriods.on(ended);
		assertThat(this.exemptions.ofClient(this.client.id())).hasSize(1)
			.allSatisfy(exemption -> assertThat(exemption.until()).isEqualTo(LocalDate.of(2025, 1, 1)));
	}

	private int facts(UUID sourceId, String kind) {
		return this.jdbc.sql("select count(*) from measure_fact where source_id = ? and kind = ?")
			.params(sourceId, kind)
			.query(Integer.class)
			.single();
	}

}

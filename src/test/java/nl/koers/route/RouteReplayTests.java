package nl.koers.route;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.koers.client.api.Outcome;
import nl.koers.route.api.ClientProfile;
import nl.koers.route.api.EventKind;
import nl.koers.route.api.ReviewDecision;
import nl.koers.route.api.Route;
import nl.koers.route.api.RoutePeriod.Kp4Exit;
import nl.koers.route.api.RoutePeriod;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RouteReplayTests {

	private static final LocalDate JAN = LocalDate.of(2020, 1, 6);

	private static final LocalDate MAR = LocalDate.of(2020, 3, 2);

	private static final LocalDate JUN = LocalDate.of(2020, 6, 1);

	private static final LocalDate SEP = LocalDate.of(2020, 9, 1);

	private final List<RouteEvent> recorded = new ArrayList<>();

	private Instant clock = Instant.parse("2020-01-06T09:00:00Z");

	@Test
	void aKp4DecisionStartsTheInvestigationRoute() {
		profile(ClientProfile.KP4, JAN);
		RouteReplay replay = RouteReplay.of(this.recorded);
		assertThat(replay.periods()).containsExactly(new RoutePeriod(Route.INVESTIGATION, JAN, null));
		assertThat(replay.on(JAN.minusDays(1)).inKp4()).isFalse();
		assertThat(replay.on(MAR).route()).isEqualTo(Route.INVESTIGATION);
	}

	@Test
	void aRouteChosenOnTheDayOfTheDecisionReplacesTheInvestigation() {
		profile(ClientProfile.KP4, JAN);
		add(route(Route.CARE_SUPPORT, JAN));
		assertThat(RouteReplay.of(this.recorded).periods())
			.containsExactly(new RoutePeriod(Route.CARE_SUPPORT, JAN, null));
	}

	@Test
	void routeChangesCloseThePreviousPeriod() {
		profile(ClientProfile.KP4, JAN);
		add(route(Route.REST, MAR).reviewDate(SEP));
		add(route(Route.TOWARDS_KP3, JUN));
		handover(SEP);
		RouteReplay replay = RouteReplay.of(this.recorded);
		assertThat(replay.periods()).containsExactly(new RoutePeriod(Route.INVESTIGATION, JAN, MAR),
				new RoutePeriod(Route.REST, MAR, JUN), new RoutePeriod(Route.TOWARDS_KP3, JUN, SEP, Kp4Exit.HANDOVER));
		assertThat(replay.on(SEP).inKp4()).isFalse();
		assertThat(replay.on(SEP).handedOverTo()).isEqualTo("Werkzaam");
		assertThat(replay.violations()).isEmpty();
	}

	@Test
	void aRouteChangeForAClientWhoIsNotKp4IsAViolation() {
		profile(ClientProfile.KP3, JAN);
		add(route(Route.REST, MAR).reviewDate(SEP));
		assertThat(RouteReplay.of(this.recorded).violations()).extracting(RouteReplay.Violation::messageKey)
			.containsExactly("route.notKp4");
	}

	@Test
	void twoRouteChangesOnOneDayAreAViolation() {
		profile(ClientProfile.KP4, JAN);
		add(route(Route.REST, MAR).reviewDate(SEP));
		add(route(Route.CARE_SUPPORT, MAR));
		assertThat(RouteReplay.of(this.recorded).violations()).extracting(RouteReplay.Violation::messageKey)
			.containsExactly("route.sameDate");
	}

	@Test
	void handoverOnlyFromTowardsKp3() {
		profile(ClientProfile.KP4, JAN);
		handover(MAR);
		assertThat(RouteReplay.of(this.recorded).violations()).extracting(RouteReplay.Violation::messageKey)
			.containsExactly("route.handover.notTowardsKp3");
	}

	@Test
	void aCorrectionReplacesTheEventItCorrects() {
		profile(ClientProfile.KP4, JAN);
		RouteEvent wrong = add(route(Route.REST, JUN).reviewDate(SEP));
		RouteReplay before = RouteReplay.of(this.recorded);
		add(route(Route.CARE_SUPPORT, MAR).corrects(wrong.getId()));
		assertThat(before.periods()).containsExactly(new RoutePeriod(Route.INVESTIGATION, JAN, JUN),
				new RoutePeriod(Route.REST, JUN, null));
		assertThat(RouteReplay.of(this.recorded).periods()).containsExactly(
				new RoutePeriod(Route.INVESTIGATION, JAN, MAR), new RoutePeriod(Route.CARE_SUPPORT, MAR, null));
	}

	@Test
	void whatWasKnownAtAnInstantLeavesOutLaterRecordings() {
		profile(ClientProfile.KP4, JAN);
		RouteEvent wrong = add(route(Route.REST, JUN).reviewDate(SEP));
		Instant beforeCorrection = this.clock;
		add(route(Route.CARE_SUPPORT, MAR).corrects(wrong.getId()));
		assertThat(RouteReplay.knownAt(this.recorded, beforeCorrection).on(MAR.plusDays(1)).route())
			.isEqualTo(Route.INVESTIGATION);
		assertThat(RouteReplay.of(this.recorded).on(MAR.plusDays(1)).route()).isEqualTo(Route.CARE_SUPPORT);
	}

	@Test
	void aWithdrawnEventNoLongerCounts() {
		profile(ClientProfile.KP4, JAN);
		RouteEvent wrong = add(route(Route.REST, JUN).reviewDate(SEP));
		add(RouteEvent.of(EventKind.ROUTE_CHANGE, JUN).withdrawn().corrects(wrong.getId()));
		assertThat(RouteReplay.of(this.recorded).periods())
			.containsExactly(new RoutePeriod(Route.INVESTIGATION, JAN, null));
	}

	@Test
	void reviewsExtendTheRestPeriodAndKeepCareSupport() {
		profile(ClientProfile.KP4, JAN);
		add(route(Route.REST, MAR).reviewDate(JUN));
		add(RouteEvent.of(EventKind.REVIEW, JUN.minusDays(7))
			.reviewDecision(ReviewDecision.EXTEND_REST)
			.reviewDate(SEP));
		assertThat(RouteReplay.of(this.recorded).on(JUN).restEnd()).isEqualTo(SEP);
		add(RouteEvent.of(EventKind.REVIEW, JUN).reviewDecision(ReviewDecision.KEEP_CARE_SUPPORT));
		assertThat(RouteReplay.of(this.recorded).violations()).extracting(RouteReplay.Violation::messageKey)
			.containsExactly("review.notOnCareSupport");
	}

	@Test
	void leavingKp4ByProfileEndsTheRouteAndANewKp4DecisionStartsAgain() {
		profile(ClientProfile.KP4, JAN);
		profile(ClientProfile.KP3, MAR);
		profile(ClientProfile.KP4, SEP);
		assertThat(RouteReplay.of(this.recorded).periods()).containsExactly(
				new RoutePeriod(Route.INVESTIGATION, JAN, MAR, Kp4Exit.PROFILE),
				new RoutePeriod(Route.INVESTIGATION, SEP, null));
	}

	@Test
	void outflowEndsTheRouteFromAnyRouteAndALaterKp4DecisionStartsAnew() {
		profile(ClientProfile.KP4, JAN);
		add(route(Route.REST, MAR).reviewDate(SEP));
		add(RouteEvent.of(EventKind.OUTFLOW, JUN));
		RouteReplay replay = RouteReplay.of(this.recorded);
		assertThat(replay.periods()).containsExactly(new RoutePeriod(Route.INVESTIGATION, JAN, MAR),
				new RoutePeriod(Route.REST, MAR, JUN, Kp4Exit.BENEFIT));
		assertThat(replay.on(JUN).inKp4()).isFalse();
		profile(ClientProfile.KP4, SEP);
		assertThat(RouteReplay.of(this.recorded).on(SEP).route()).isEqualTo(Route.INVESTIGATION);
		assertThat(RouteReplay.of(this.recorded).violations()).isEmpty();
	}

	@Test
	void outflowOfAClientWhoIsNotKp4AndARouteChangeAfterOutflowAreViolations() {
		add(RouteEvent.of(EventKind.OUTFLOW, JAN));
		profile(ClientProfile.KP4, MAR);
		add(RouteEvent.of(EventKind.OUTFLOW, JUN));
		add(route(Route.CARE_SUPPORT, SEP));
		assertThat(RouteReplay.of(this.recorded).violations()).extracting(RouteReplay.Violation::messageKey)
			.containsExactly("route.notKp4", "route.notKp4");
	}

	@Test
	void aPeriodCarriesTheOutcomeOfTheEventThatEndedItAndACorrectionReplacesIt() {
		profile(ClientProfile.KP4, JAN);
		add(route(Route.CARE_SUPPORT, MAR));
		RouteEvent rest = add(route(Route.REST, JUN).reviewDate(SEP).outcome(Outcome.CARE));
		add(RouteEvent.of(EventKind.OUTFLOW, SEP).outcome(Outcome.PAID_WORK));
		assertThat(RouteReplay.of(this.recorded).periods()).containsExactly(
				new RoutePeriod(Route.INVESTIGATION, JAN, MAR),
				new RoutePeriod(Route.CARE_SUPPORT, MAR, JUN, null, Outcome.CARE),
				new RoutePeriod(Route.REST, JUN, SEP, Kp4Exit.BENEFIT, Outcome.PAID_WORK));
		add(route(Route.REST, JUN).reviewDate(SEP).outcome(Outcome.DAY_ACTIVITIES).corrects(rest.getId()));
		assertThat(RouteReplay.of(this.recorded).periods()).extracting(RoutePeriod::outcome)
			.containsExactly(null, Outcome.DAY_ACTIVITIES, Outcome.PAID_WORK);
	}

	private void profile(ClientProfile profile, LocalDate date) {
		add(RouteEvent.of(EventKind.PROFILE_DECISION, date).profile(profile));
	}

	private RouteEvent.Builder route(Route route, LocalDate date) {
		return RouteEvent.of(EventKind.ROUTE_CHANGE, date).route(route);
	}

	private void handover(LocalDate date) {
		add(RouteEvent.of(EventKind.HANDOVER, date).organisation("Werkzaam"));
	}

	private RouteEvent add(RouteEvent.Builder builder) {
		this.clock = this.clock.plusSeconds(60);
		RouteEvent event = builder.reason("test").recordedAt(this.clock).build();
		this.recorded.add(event);
		return event;
	}

}

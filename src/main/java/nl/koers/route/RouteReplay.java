package nl.koers.route;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.koers.client.api.Outcome;
import nl.koers.route.api.ClientProfile;
import nl.koers.route.api.EventKind;
import nl.koers.route.api.Route;
import nl.koers.route.api.RoutePeriod;
import nl.koers.route.api.RoutePeriod.Kp4Exit;

/**
 * A client's profile and route over time, worked out from the recorded events: corrected
 * and withdrawn events are left out, the rest applied in date order. Events that do not
 * fit (a route change while the client is not KP4, say) are reported as violations, so
 * that a change which would make the history impossible can be refused. A period that
 * ends carries the outcome recorded with the event that ended it.
 */
final class RouteReplay {

	private static final Comparator<RouteEvent> DATE_ORDER = Comparator.comparing(RouteEvent::getEffectiveDate)
		.thenComparing(RouteEvent::getKind)
		.thenComparing(RouteEvent::getRecordedAt);

	private final List<RoutePeriod> periods = new ArrayList<>();

	private final List<Violation> violations = new ArrayList<>();

	private final TreeMap<LocalDate, State> states = new TreeMap<>();

	private State state = State.NONE;

	private RouteReplay(List<RouteEvent> effective) {
		Map<EventKind, LocalDate> lastDate = new EnumMap<>(EventKind.class);
		for (RouteEvent event : effective) {
			if (event.getKind() != EventKind.REVIEW
					&& event.getEffectiveDate().equals(lastDate.put(event.getKind(), event.getEffectiveDate()))) {
				this.violations.add(new Violation(event, "effectiveDate", "route.sameDate"));
				continue;
			}
			apply(event);
			this.states.put(event.getEffectiveDate(), this.state);
		}
		if (this.state.route() != null) {
			this.periods.add(new RoutePeriod(this.state.route(), this.state.routeSince(), null));
		}
	}

	/**
	 * The history as known now.
	 */
	static RouteReplay of(Collection<RouteEvent> recorded) {
		return new RouteReplay(effective(recorded));
	}

	/**
	 * The history as it was known at an instant: later recordings and corrections left
	 * out.
	 */
	static RouteReplay knownAt(Collection<RouteEvent> recorded, Instant instant) {
		return of(recorded.stream().filter(event -> !event.getRecordedAt().isAfter(instant)).toList());
	}

	/**
	 * The events that count: not withdrawn and not corrected by a later recording.
	 */
	static List<RouteEvent> effective(Collection<RouteEvent> recorded) {
		Set<UUID> corrected = recorded.stream()
			.map(RouteEvent::getCorrectsId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		return recorded.stream()
			.filter(event -> !event.isWithdrawn() && !corrected.contains(event.getId()))
			.sorted(DATE_ORDER)
			.toList();
	}

	List<RoutePeriod> periods() {
		return List.copyOf(this.periods);
	}

	List<Violation> violations() {
		return List.copyOf(this.violations);
	}

	/**
	 * The state at the end of a day.
	 */
	State on(LocalDate date) {
		Map.Entry<LocalDate, State> entry = this.states.floorEntry(date);
		return entry == null ? State.NONE : entry.getValue();
	}

	private void apply(RouteEvent event) {
		LocalDate date = event.getEffectiveDate();
		switch (event.getKind()) {
			case PROFILE_DECISION -> decideProfile(event, date);
			case ROUTE_CHANGE -> changeRoute(event, date);
			case REVIEW -> review(event, date);
			case HANDOVER -> handOver(event, date);
			case OUTFLOW -> flowOut(event, date);
		}
	}

	private void decideProfile(RouteEvent event, LocalDate date) {
		ClientProfile profile = event.getProfile();
		if (profile == this.state.profile() && (profile != ClientProfile.KP4 || this.state.inKp4())) {
			this.violations.add(new Violation(event, "profile", "profile.same"));
		}
		else if (profile == ClientProfile.KP4 && !this.state.inKp4()) {
			this.state = this.state.withProfile(profile).enterRoute(Route.INVESTIGATION, date, null);
		}
		else if (profile != ClientProfile.KP4 && this.state.inKp4()) {
			closeRoute(date, Kp4Exit.PROFILE, event.getOutcome());
			this.state = this.state.withProfile(profile).leave(null);
		}
		else {
			this.state = this.state.withProfile(profile);
		}
	}

	private void changeRoute(RouteEvent event, LocalDate date) {
		if (!this.state.inKp4()) {
			this.violations.add(new Violation(event, "effectiveDate", "route.notKp4"));
			return;
		}
		if (event.getRoute() == this.state.route()) {
			this.violations.add(new Violation(event, "route", "route.sameRoute"));
			return;
		}
		closeRoute(date, null, event.getOutcome());
		this.state = this.state.enterRoute(event.getRoute(), date, event.getReviewDate());
	}

	private void review(RouteEvent event, LocalDate date) {
		if (!this.state.inKp4()) {
			this.violations.add(new Violation(event, "effectiveDate", "route.notKp4"));
			return;
		}
		switch (event.getReviewDecision()) {
			case EXTEND_REST -> {
				if (this.state.route() != Route.REST) {
					this.violations.add(new Violation(event, "decision", "review.notOnRest"));
					return;
				}
				this.state = this.state.withRestEnd(event.getReviewDate());
			}
			case KEEP_CARE_SUPPORT -> {
				if (this.state.route() != Route.CARE_SUPPORT) {
					this.violations.add(new Violation(event, "decision", "review.notOnCareSupport"));
					return;
				}
				this.state = this.state.withCareReview(date);
			}
			case CHANGE_ROUTE -> {
				// the route change itself is a separate event on the same day
			}
		}
	}

	private void handOver(RouteEvent event, LocalDate date) {
		if (!this.state.inKp4() || this.state.route() != Route.TOWARDS_KP3) {
			this.violations.add(new Violation(event, "effectiveDate", "route.handover.notTowardsKp3"));
			return;
		}
		closeRoute(date, Kp4Exit.HANDOVER, event.getOutcome());
		this.state = this.state.leave(event.getOrganisation());
	}

	private void flowOut(RouteEvent event, LocalDate date) {
		if (!this.state.inKp4()) {
			this.violations.add(new Violation(event, "effectiveDate", "route.notKp4"));
			return;
		}
		closeRoute(date, Kp4Exit.BENEFIT, event.getOutcome());
		this.state = this.state.leave(null);
	}

	private void closeRoute(LocalDate date, Kp4Exit exit, Outcome outcome) {
		if (this.state.route() != null && this.state.routeSince().isBefore(date)) {
			this.periods.add(new RoutePeriod(this.state.route(), this.state.routeSince(), date, exit, outcome));
		}
	}

	/**
	 * An event that does not fit the history around it.
	 */
	record Violation(RouteEvent event, String field, String messageKey) {
	}

	/**
	 * Where a client stands at the end of a day.
	 *
	 * @param profile the latest profile decided
	 * @param route the KP4 route, {@code null} when not KP4
	 * @param routeSince the first day on that route
	 * @param restEnd the end of the rest period, on the rest route
	 * @param lastCareReview the latest care-support review kept, on that route
	 * @param handedOverTo the organisation the client was last handed over to
	 */
	record State(ClientProfile profile, Route route, LocalDate routeSince, LocalDate restEnd, LocalDate lastCareReview,
			String handedOverTo) {

		static final State NONE = new State(null, null, null, null, null, null);

		boolean inKp4() {
			return this.route != null;
		}

		State withProfile(ClientProfile newProfile) {
			return new State(newProfile, this.route, this.routeSince, this.restEnd, this.lastCareReview,
					this.handedOverTo);
		}

		State enterRoute(Route newRoute, LocalDate since, LocalDate newRestEnd) {
			return new State(this.profile, newRoute, since, newRestEnd, null, null);
		}

		State withRestEnd(LocalDate newRestEnd) {
			return new State(this.profile, this.route, this.routeSince, newRestEnd, this.lastCareReview,
					this.handedOverTo);
		}

		State withCareReview(LocalDate reviewed) {
			return new State(this.profile, this.route, this.routeSince, this.restEnd, reviewed, this.handedOverTo);
		}

		State leave(String organisation) {
			return new State(this.profile, null, null, null, null, organisation);
		}

	}

}

package nl.koers.route;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.koers.client.api.ClientFileSummaryPart;
import nl.koers.client.api.ClientRef;
import nl.koers.client.api.SummaryPartView;
import nl.koers.client.api.SummaryPartView.Line;
import nl.koers.identity.api.CurrentUser;

import org.springframework.stereotype.Component;

/**
 * The profile, the route and the next review on the client file's summary; a review whose
 * day has passed is marked overdue. Read with the route section's right.
 */
@Component
class RouteSummaryPart implements ClientFileSummaryPart {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

	private final RoutePolicy policy;

	private final RouteEventRepository events;

	private final ReviewScheduler reviews;

	private final Clock clock;

	RouteSummaryPart(RoutePolicy policy, RouteEventRepository events, ReviewScheduler reviews, Clock clock) {
		this.policy = policy;
		this.events = events;
		this.reviews = reviews;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public Optional<SummaryPartView> summarize(CurrentUser user, ClientRef client) {
		if (!this.policy.mayRead(user)) {
			return Optional.empty();
		}
		LocalDate today = LocalDate.now(this.clock);
		RouteReplay.State now = RouteReplay
			.of(this.events.findByClientIdOrderByEffectiveDateAscRecordedAtAsc(client.id()))
			.on(today);
		List<Line> lines = new ArrayList<>();
		lines.add(now.profile() == null ? Line.value("route.profile", "profile.none")
				: Line.of("route.profile", "file.plain", now.profile().name()));
		if (now.route() != null) {
			lines.add(Line.of("route.current", "file.since", DAY.format(now.routeSince()))
				.withValue("route." + now.route()));
			LocalDate review = this.reviews.nextReview(client.municipalityId(), now);
			if (review != null) {
				boolean overdue = review.isBefore(today);
				Line line = Line.of("file.route.nextReview", overdue ? "file.overdue" : "file.date",
						DAY.format(review));
				lines.add(overdue ? line.alerted() : line);
			}
		}
		else if (now.profile() != null) {
			lines.add(Line.value("route.current", "route.none"));
		}
		return Optional
			.of(new SummaryPartView("route", "route.section", "/clients/" + client.id() + "/route", lines, null));
	}

}

package nl.koers.route;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.koers.client.api.ClientRef;
import nl.koers.client.api.TimelineEntry;
import nl.koers.client.api.TimelineSource;

import org.springframework.stereotype.Component;

/**
 * Profile decisions, route changes, reviews and handovers on the client's timeline, as
 * now known: corrected and withdrawn events are left out.
 */
@Component
class RouteTimelineSource implements TimelineSource {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

	private final RouteEventRepository events;

	RouteTimelineSource(RouteEventRepository events) {
		this.events = events;
	}

	@Override
	public Set<String> kinds() {
		return Set.of("PROFILE", "ROUTE", "REVIEW", "HANDOVER", "OUTFLOW");
	}

	@Override
	public List<TimelineEntry> entries(ClientRef client) {
		List<RouteEvent> recorded = this.events.findByClientIdOrderByEffectiveDateAscRecordedAtAsc(client.id());
		Set<UUID> replaced = recorded.stream()
			.map(RouteEvent::getCorrectsId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		String link = "/clients/" + client.id() + "/route";
		return recorded.stream()
			.filter(event -> !event.isWithdrawn() && !replaced.contains(event.getId()))
			.map(event -> entry(event, link))
			.toList();
	}

	private static TimelineEntry entry(RouteEvent event, String link) {
		String restEnd = event.getReviewDate() == null ? "" : DAY.format(event.getReviewDate());
		return switch (event.getKind()) {
			case PROFILE_DECISION -> entry(event, "PROFILE", "timeline.profile." + event.getProfile(), List.of(), link);
			case ROUTE_CHANGE -> entry(event, "ROUTE", "timeline.route." + event.getRoute(), List.of(restEnd), link);
			case REVIEW ->
				entry(event, "REVIEW", "timeline.review." + event.getReviewDecision(), List.of(restEnd), link);
			case HANDOVER -> entry(event, "HANDOVER", "timeline.handover", List.of(event.getOrganisation()), link);
			case OUTFLOW ->
				new TimelineEntry(event.getEffectiveDate(), null, "OUTFLOW", "timeline.outflow." + event.getReason(),
						List.of(), null, event.getAuthorName(), event.getRecordedAt(), link);
		};
	}

	private static TimelineEntry entry(RouteEvent event, String kind, String titleKey, List<String> args, String link) {
		return new TimelineEntry(event.getEffectiveDate(), null, kind, titleKey, args, event.getReason(),
				event.getAuthorName(), event.getRecordedAt(), link);
	}

}

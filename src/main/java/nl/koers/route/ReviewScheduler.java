package nl.koers.route;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.koers.client.api.ClientRef;
import nl.koers.route.api.EventKind;
import nl.koers.route.api.ReviewDecision;
import nl.koers.route.api.Route;
import nl.koers.task.api.TaskType;
import nl.koers.task.api.Tasks;

import org.springframework.stereotype.Component;

/**
 * Keeps the case lead's review tasks in step with where the client stands today: a rest
 * period's end comes up some days before it, care support once per interval.
 */
@Component
class ReviewScheduler {

	private final Tasks tasks;

	private final RouteSettingStore settings;

	private final Clock clock;

	ReviewScheduler(Tasks tasks, RouteSettingStore settings, Clock clock) {
		this.tasks = tasks;
		this.settings = settings;
		this.clock = clock;
	}

	void update(ClientRef client, RouteReplay replay, List<RouteEvent> recorded) {
		recorded.stream()
			.filter(event -> event.getKind() == EventKind.REVIEW)
			.forEach(review -> this.tasks.complete(client.id(),
					taskFor(review.getReviewDecision(), replay, review.getEffectiveDate()), review.getAuthorId()));
		RouteReplay.State now = replay.on(LocalDate.now(this.clock));
		UUID municipality = client.municipalityId();
		if (now.route() == Route.REST && now.restEnd() != null) {
			this.tasks.schedule(municipality, client.id(), TaskType.REST_REVIEW,
					now.restEnd().minusDays(this.settings.of(municipality).restReviewLeadDays()), client.caseLeadId());
		}
		else {
			this.tasks.cancel(client.id(), TaskType.REST_REVIEW);
		}
		if (now.route() == Route.CARE_SUPPORT) {
			this.tasks.schedule(municipality, client.id(), TaskType.CARE_REVIEW, nextCareReview(municipality, now),
					client.caseLeadId());
		}
		else {
			this.tasks.cancel(client.id(), TaskType.CARE_REVIEW);
		}
	}

	LocalDate nextCareReview(UUID municipalityId, RouteReplay.State state) {
		if (state.route() != Route.CARE_SUPPORT) {
			return null;
		}
		LocalDate last = state.lastCareReview() != null ? state.lastCareReview() : state.routeSince();
		return last.plusMonths(this.settings.of(municipalityId).careReviewMonths());
	}

	/**
	 * The task a review closes: of the route the client was on the day before it.
	 */
	private static TaskType taskFor(ReviewDecision decision, RouteReplay replay, LocalDate date) {
		return switch (decision) {
			case EXTEND_REST -> TaskType.REST_REVIEW;
			case KEEP_CARE_SUPPORT -> TaskType.CARE_REVIEW;
			case CHANGE_ROUTE ->
				replay.on(date.minusDays(1)).route() == Route.REST ? TaskType.REST_REVIEW : TaskType.CARE_REVIEW;
		};
	}

}

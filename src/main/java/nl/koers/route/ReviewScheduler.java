package nl.koers.route;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.koers.client.api.CaseloadColumns;
import nl.koers.client.api.ClientRef;
import nl.koers.route.api.EventKind;
import nl.koers.route.api.ReviewDecision;
import nl.koers.route.api.Route;
import nl.koers.task.api.TaskType;
import nl.koers.task.api.Tasks;

import org.springframework.stereotype.Component;

/**
 * Keeps the case lead's review tasks in step with where the client stands today: a rest
 * period's end comes up some days before it, care support once per interval. The route
 * today and the next review's due date go to the caseload's columns
 * ({@link CaseloadColumns}) in the same step.
 */
@Component
class ReviewScheduler {

	private final Tasks tasks;

	private final RouteSettingStore settings;

	private final Clock clock;

	private final CaseloadColumns caseload;

	ReviewScheduler(Tasks tasks, RouteSettingStore settings, Clock clock, CaseloadColumns caseload) {
		this.tasks = tasks;
		this.settings = settings;
		this.clock = clock;
		this.caseload = caseload;
	}

	void update(ClientRef client, RouteReplay replay, List<RouteEvent> recorded) {
		recorded.stream()
			.filter(event -> event.getKind() == EventKind.REVIEW)
			.forEach(review -> this.tasks.complete(client.id(),
					taskFor(review.getReviewDecision(), replay, review.getEffectiveDate()), review.getAuthorId()));
		RouteReplay.State now = replay.on(LocalDate.now(this.clock));
		UUID municipality = client.municipalityId();
		LocalDate nextReview = null;
		if (now.route() == Route.REST && now.restEnd() != null) {
			nextReview = nextReview(municipality, now);
			this.tasks.schedule(municipality, client.id(), TaskType.REST_REVIEW, nextReview, client.caseLeadId());
		}
		else {
			this.tasks.cancel(client.id(), TaskType.REST_REVIEW);
		}
		if (now.route() == Route.CARE_SUPPORT) {
			nextReview = nextCareReview(municipality, now);
			this.tasks.schedule(municipality, client.id(), TaskType.CARE_REVIEW, nextReview, client.caseLeadId());
		}
		else {
			this.tasks.cancel(client.id(), TaskType.CARE_REVIEW);
		}
		this.caseload.route(client.id(), now.route() == null ? null : now.route().name(), nextReview);
	}

	/**
	 * The date the route is to be reviewed next, as the caseload, the file and the review
	 * task have it: before the end of a rest period (by the municipality's lead days), or
	 * the next review of care support; {@code null} on any other route.
	 */
	LocalDate nextReview(UUID municipalityId, RouteReplay.State state) {
		if (state.route() == Route.REST && state.restEnd() != null) {
			return state.restEnd().minusDays(this.settings.of(municipalityId).restReviewLeadDays());
		}
		return nextCareReview(municipalityId, state);
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

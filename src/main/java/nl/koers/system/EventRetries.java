package nl.koers.system;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands the module events whose listener failed to that listener again: every minute
 * those that failed at least a minute ago, and all of them on request.
 */
@Component
class EventRetries {

	static final Duration RETRY_AFTER = Duration.ofMinutes(1);

	private final IncompleteEventPublications incomplete;

	EventRetries(IncompleteEventPublications incomplete) {
		this.incomplete = incomplete;
	}

	@SchedulerLock(name = "system.event-retries", lockAtMostFor = "PT10M")
	@Scheduled(fixedDelayString = "${koers.events.retry-interval:PT1M}", initialDelayString = "PT1M")
	void retryFailed() {
		this.incomplete.resubmitIncompletePublicationsOlderThan(RETRY_AFTER);
	}

	/**
	 * Every incomplete publication at once (for tests, and for an operator who has fixed
	 * the cause).
	 */
	void retryAllNow() {
		this.incomplete.resubmitIncompletePublications(publication -> true);
	}

}

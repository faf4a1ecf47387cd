package nl.koers.system;

import java.time.Duration;
import java.util.concurrent.Executor;

import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * How modules react to each other's events: as Spring Modulith
 * {@code @ApplicationModuleListener}s, after the publisher's transaction has committed,
 * each in a transaction of its own, with every publication kept in the JDBC event
 * publication registry ({@code event_publication}) until its listener has succeeded.
 *
 * <p>
 * Listeners run in the publishing thread (a synchronous executor), so that the answer to
 * a request, and the page after it, already show what the listeners did (a measure ground
 * counted, a report changed). A listener that fails does not fail the request: its
 * publication stays incomplete and is resubmitted every minute and at start-up.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableScheduling
class ModuleEvents implements AsyncConfigurer {

	static final Duration RETRY_AFTER = Duration.ofMinutes(1);

	private final IncompleteEventPublications incomplete;

	ModuleEvents(IncompleteEventPublications incomplete) {
		this.incomplete = incomplete;
	}

	@Override
	public Executor getAsyncExecutor() {
		return new SyncTaskExecutor();
	}

	/**
	 * Hands the publications whose listener failed at least a minute ago to their
	 * listener again.
	 */
	@Scheduled(fixedDelayString = "${koers.events.retry-interval:PT1M}", initialDelayString = "PT1M")
	void retryIncomplete() {
		this.incomplete.resubmitIncompletePublicationsOlderThan(RETRY_AFTER);
	}

}

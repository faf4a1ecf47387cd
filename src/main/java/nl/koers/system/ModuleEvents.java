package nl.koers.system;

import java.util.concurrent.Executor;

import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

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
 * publication stays incomplete and is resubmitted every minute ({@link EventRetries}) and
 * at start-up.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableScheduling
class ModuleEvents implements AsyncConfigurer {

	@Override
	public Executor getAsyncExecutor() {
		return new SyncTaskExecutor();
	}

}

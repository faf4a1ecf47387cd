package nl.koers.accesslog;

import java.util.Locale;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import nl.koers.accesslog.api.AccessAction;
import nl.koers.accesslog.api.AccessOutcome;
import nl.koers.system.AfterCommit;

import org.springframework.stereotype.Component;

/**
 * Counts access-log entries by action and outcome once they are committed
 * ({@code koers.access.log.entries}), and the writes that failed
 * ({@code koers.access.log.failures}: each one refused data to a user).
 */
@Component
class AccessLogMetrics {

	private final MeterRegistry registry;

	private final Counter failures;

	AccessLogMetrics(MeterRegistry registry) {
		this.registry = registry;
		this.failures = Counter.builder("koers.access.log.failures")
			.description("Access-log writes that failed; the data was not returned")
			.register(registry);
		for (AccessAction action : AccessAction.values()) {
			for (AccessOutcome outcome : AccessOutcome.values()) {
				entries(action, outcome);
			}
		}
	}

	void written(NewEntries entries) {
		Counter counter = entries(entries.action(), entries.outcome());
		int count = entries.clientIds().size();
		AfterCommit.run(() -> counter.increment(count));
	}

	void failed() {
		this.failures.increment();
	}

	private Counter entries(AccessAction action, AccessOutcome outcome) {
		return Counter.builder("koers.access.log.entries")
			.description("Access-log entries written")
			.tag("action", action.name().toLowerCase(Locale.ROOT))
			.tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
			.register(this.registry);
	}

}

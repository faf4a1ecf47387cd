package nl.koers.system;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import nl.koers.KoersTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A module listener that fails does not fail its publisher and does not lose the event:
 * the publication stays incomplete in {@code event_publication} until the retry hands it
 * to the listener again and it succeeds.
 */
@KoersTest
@Import(ModuleEventsTests.FlakyListener.class)
class ModuleEventsTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	EventRetries retries;

	@Autowired
	FlakyListener listener;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aFailedListenerIsRetriedUntilItSucceeds() {
		Pinged event = new Pinged(UUID.randomUUID());
		this.transactions.executeWithoutResult(status -> this.events.publishEvent(event));

		assertThat(this.listener.calls(event)).isEqualTo(1);
		assertThat(this.listener.handled(event)).isFalse();
		assertThat(incomplete(event)).isEqualTo(1);

		this.retries.retryAllNow();

		assertThat(this.listener.calls(event)).isEqualTo(2);
		assertThat(this.listener.handled(event)).isTrue();
		assertThat(incomplete(event)).isZero();
	}

	private int incomplete(Pinged event) {
		return this.jdbc
			.sql("select count(*) from event_publication where completion_date is null and serialized_event like ?")
			.param("%" + event.id() + "%")
			.query(Integer.class)
			.single();
	}

	record Pinged(UUID id) {
	}

	/**
	 * Fails the first time it hears of an event, succeeds the second time.
	 */
	@TestConfiguration
	static class FlakyListener {

		private final Map<UUID, AtomicInteger> calls = new ConcurrentHashMap<>();

		private final Set<UUID> handled = ConcurrentHashMap.newKeySet();

		@ApplicationModuleListener
		void on(Pinged event) {
			if (this.calls.computeIfAbsent(event.id(), id -> new AtomicInteger()).incrementAndGet() == 1) {
				throw new IllegalStateException("the first attempt fails");
			}
			this.handled.add(event.id());
		}

		int calls(Pinged event) {
			return this.calls.getOrDefault(event.id(), new AtomicInteger()).get();
		}

		boolean handled(Pinged event) {
			return this.handled.contains(event.id());
		}

	}

}

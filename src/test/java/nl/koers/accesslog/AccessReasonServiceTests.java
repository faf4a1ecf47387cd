package nl.koers.accesslog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

import nl.koers.accesslog.api.AccessReason;
import nl.koers.system.InvalidFieldException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The reasons of access in the session: per client, until the configured time, with the
 * text rules of the list.
 */
class AccessReasonServiceTests {

	final MovingClock clock = new MovingClock(Instant.parse("2026-03-02T08:00:00Z"));

	final AccessReasonService reasons = new AccessReasonService(this.clock, Duration.ofHours(8));

	final MockHttpServletRequest request = new MockHttpServletRequest();

	@BeforeEach
	void inARequest() {
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(this.request));
	}

	@AfterEach
	void done() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void aReasonHoldsForThatClientUntilTheConfiguredTime() {
		UUID client = UUID.randomUUID();
		assertThat(this.reasons.given(client)).isFalse();
		this.reasons.give(client, AccessReason.HANDOVER, null);
		assertThat(this.reasons.given(client)).isTrue();
		assertThat(this.reasons.given(UUID.randomUUID())).isFalse();
		assertThat(this.reasons.valid().get(client).reason()).isEqualTo(AccessReason.HANDOVER);
		this.clock.now = this.clock.now.plus(Duration.ofHours(8)).minusSeconds(1);
		assertThat(this.reasons.given(client)).isTrue();
		this.clock.now = this.clock.now.plusSeconds(1);
		assertThat(this.reasons.given(client)).isFalse();
	}

	@Test
	void otherNeedsATextAndNoTextIsTooLong() {
		UUID client = UUID.randomUUID();
		assertThatThrownBy(() -> this.reasons.give(client, AccessReason.OTHER, "   "))
			.isInstanceOf(InvalidFieldException.class);
		assertThatThrownBy(() -> this.reasons.give(client, AccessReason.QUESTION, "x".repeat(201)))
			.isInstanceOf(InvalidFieldException.class);
		assertThatThrownBy(() -> this.reasons.give(client, null, "iets")).isInstanceOf(InvalidFieldException.class);
		assertThat(this.reasons.given(client)).isFalse();
		this.reasons.give(client, AccessReason.OTHER, "  controle dubbele inschrijving ");
		assertThat(this.reasons.valid().get(client).text()).isEqualTo("controle dubbele inschrijving");
	}

	@Test
	void outsideARequestNothingIsGiven() {
		RequestContextHolder.resetRequestAttributes();
		assertThat(this.reasons.given(UUID.randomUUID())).isFalse();
		assertThat(this.reasons.valid()).isEmpty();
	}

	static final class MovingClock extends Clock {

		Instant now;

		MovingClock(Instant now) {
			this.now = now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}

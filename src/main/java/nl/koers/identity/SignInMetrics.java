package nl.koers.identity;

import java.util.Locale;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * Counts the steps of signing in to the UI ({@code koers.sign.ins}), by step and outcome:
 * no user name, no address. API calls with HTTP Basic (development and the demo only) are
 * calls, not sign-ins, and are not counted.
 */
@Component
class SignInMetrics {

	enum Step {

		PASSWORD, SECOND_FACTOR, SSO

	}

	private static final String NAME = "koers.sign.ins";

	private final MeterRegistry registry;

	SignInMetrics(MeterRegistry registry) {
		this.registry = registry;
		for (Step step : Step.values()) {
			counter(step, true);
			counter(step, false);
		}
	}

	void succeeded(Step step) {
		counter(step, true).increment();
	}

	void failed(Step step) {
		counter(step, false).increment();
	}

	private Counter counter(Step step, boolean success) {
		return Counter.builder(NAME)
			.description("Sign-in steps in the UI")
			.tag("step", step.name().toLowerCase(Locale.ROOT))
			.tag("outcome", success ? "success" : "failure")
			.register(this.registry);
	}

}

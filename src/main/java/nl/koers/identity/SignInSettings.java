package nl.koers.identity;

import java.time.Duration;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How failed sign-ins are throttled ({@code koers.security.sign-in.*}): per account and
 * per source address, the first failures are free, then each further one delays the next
 * attempt (first delay, doubling, up to the maximum); one failure is forgiven per
 * interval without failures. Addresses in {@code address.exempt} (by default the
 * machine's own, such as a reverse proxy on the same host) are not throttled as an
 * address.
 */
@ConfigurationProperties("koers.security.sign-in")
@Validated
record SignInSettings(@Valid Rule account, @Valid Rule address, @DefaultValue( {
		"127.0.0.1", "::1" }) Set<String> addressExempt){

	static final Rule ACCOUNT = new Rule(5, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofMinutes(15));

	static final Rule ADDRESS = new Rule(20, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofMinutes(1));

	SignInSettings {
		account = ACCOUNT.with(account);
		address = ADDRESS.with(address);
		addressExempt = addressExempt == null ? Set.of() : Set.copyOf(addressExempt);
	}

	/**
	 * One kind's rule.
	 */
	record Rule(@NotNull @Min(1) @Max(1000) Integer freeFailures, @NotNull Duration firstDelay,
			@NotNull Duration maxDelay, @NotNull Duration forgiveEvery) {

		/**
		 * These defaults with what is set of the given rule.
		 */
		Rule with(Rule set) {
			if (set == null) {
				return this;
			}
			return new Rule(set.freeFailures != null ? set.freeFailures : this.freeFailures,
					set.firstDelay != null ? set.firstDelay : this.firstDelay,
					set.maxDelay != null ? set.maxDelay : this.maxDelay,
					set.forgiveEvery != null ? set.forgiveEvery : this.forgiveEvery);
		}

		@AssertTrue(
				message = "first-delay, max-delay and forgive-every must be positive, first-delay at most max-delay")
		boolean isConsistent() {
			return this.firstDelay != null && this.maxDelay != null && this.forgiveEvery != null
					&& !this.firstDelay.isNegative() && !this.firstDelay.isZero() && !this.forgiveEvery.isNegative()
					&& !this.forgiveEvery.isZero() && this.firstDelay.compareTo(this.maxDelay) <= 0;
		}

		/**
		 * The delay after the given number of failures: none for the free ones, then the
		 * first delay doubled for each further one, at most the maximum.
		 */
		Duration delayAfter(int failures) {
			if (failures <= this.freeFailures) {
				return Duration.ZERO;
			}
			int doublings = Math.min(failures - this.freeFailures - 1, 40);
			Duration delay = this.firstDelay;
			for (int i = 0; i < doublings && delay.compareTo(this.maxDelay) < 0; i++) {
				delay = delay.multipliedBy(2);
			}
			return delay.compareTo(this.maxDelay) > 0 ? this.maxDelay : delay;
		}

		/**
		 * The failures still counted after the time since the last one: one forgiven per
		 * interval.
		 */
		int remaining(int failures, Duration since) {
			long forgiven = since.isNegative() ? 0 : since.dividedBy(this.forgiveEvery);
			return (int) Math.max(0, failures - Math.min(forgiven, Integer.MAX_VALUE));
		}

	}

}

package nl.koers.identity;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Throttles failed sign-ins instead of locking accounts: per account and per source
 * address, after the free failures every further one delays the next attempt (doubling,
 * capped; see {@link SignInSettings}). An attempt during the delay is refused without
 * being counted, so hammering does not lengthen it; a successful sign-in clears the
 * account's count. Kept in PostgreSQL, so every node sees the same.
 */
@Component
@EnableConfigurationProperties(SignInSettings.class)
class SignInThrottle {

	private static final Pattern ADDRESS_LITERAL = Pattern
		.compile("(\\d{1,3}\\.){3}\\d{1,3}|[0-9a-fA-F.]{0,40}:[0-9a-fA-F:.]{1,44}");

	private static final Duration KEPT = Duration.ofDays(1);

	private final SignInThrottleStore store;

	private final SignInSettings settings;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final java.util.Set<String> exempt;

	SignInThrottle(SignInThrottleStore store, SignInSettings settings, Clock clock,
			PlatformTransactionManager transactions) {
		this.store = store;
		this.settings = settings;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
		this.exempt = settings.addressExempt()
			.stream()
			.map(SignInThrottle::parse)
			.flatMap(Optional::stream)
			.map(InetAddress::getHostAddress)
			.collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * Whether an attempt from this address is refused now.
	 */
	boolean addressDelayed(String address) {
		return addressSubject(address).map(this::delayed).orElse(false);
	}

	boolean accountDelayed(UUID userId) {
		return delayed(accountSubject(userId));
	}

	void addressFailed(String address) {
		addressSubject(address).ifPresent(subject -> failed(subject, this.settings.address()));
	}

	void accountFailed(UUID userId) {
		failed(accountSubject(userId), this.settings.account());
	}

	/**
	 * Clears the account's count and delay: after a successful sign-in, or when an
	 * administrator lifts the throttle. Answers whether there was one.
	 */
	boolean clearAccount(UUID userId) {
		return this.store.delete(accountSubject(userId));
	}

	/**
	 * The accounts' recent failures and delays, for their administrator.
	 */
	Map<UUID, AccountThrottle> accounts(Collection<UUID> userIds) {
		Instant now = this.clock.instant();
		Map<String, UUID> subjects = userIds.stream()
			.collect(Collectors.toMap(SignInThrottle::accountSubject, Function.identity(), (a, b) -> a));
		Map<UUID, AccountThrottle> found = new HashMap<>();
		for (SignInThrottleStore.Throttle throttle : this.store.find(subjects.keySet())) {
			int failures = this.settings.account()
				.remaining(throttle.failures(), Duration.between(throttle.lastFailure(), now));
			Instant until = throttle.delayedUntil() != null && throttle.delayedUntil().isAfter(now)
					? throttle.delayedUntil() : null;
			if (failures > 0 || until != null) {
				found.put(subjects.get(throttle.subject()), new AccountThrottle(failures, until));
			}
		}
		return found;
	}

	@SchedulerLock(name = "identity.forget-sign-in-failures", lockAtMostFor = "PT10M")
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
	void forgetOld() {
		Instant now = this.clock.instant();
		this.store.deleteLastFailedBefore(now.minus(KEPT), now);
	}

	private boolean delayed(String subject) {
		Instant now = this.clock.instant();
		return this.store.find(subject)
			.map(SignInThrottleStore.Throttle::delayedUntil)
			.filter(until -> until.isAfter(now))
			.isPresent();
	}

	private void failed(String subject, SignInSettings.Rule rule) {
		this.transaction.executeWithoutResult(status -> {
			Instant now = this.clock.instant();
			SignInThrottleStore.Throttle row = this.store.lock(subject, now);
			if (row.delayedUntil() != null && row.delayedUntil().isAfter(now)) {
				return;
			}
			int failures = rule.remaining(row.failures(), Duration.between(row.lastFailure(), now)) + 1;
			Duration delay = rule.delayAfter(failures);
			this.store.save(subject, failures, now, delay.isZero() ? null : now.plus(delay));
		});
	}

	static String accountSubject(UUID userId) {
		return "account:" + userId;
	}

	/**
	 * The address as throttled: IPv4 as is, IPv6 by its /64 (one connection's share);
	 * none for an exempt address or one that is not an address.
	 */
	Optional<String> addressSubject(String address) {
		Optional<InetAddress> parsed = parse(address);
		if (parsed.isEmpty() || this.exempt.contains(parsed.get().getHostAddress())) {
			return Optional.empty();
		}
		byte[] bytes = parsed.get().getAddress();
		if (bytes.length == 16) {
			Arrays.fill(bytes, 8, 16, (byte) 0);
			return parse(bytes).map(network -> "address:" + network.getHostAddress() + "/64");
		}
		return Optional.of("address:" + parsed.get().getHostAddress());
	}

	/**
	 * An address literal, never a name to look up.
	 */
	private static Optional<InetAddress> parse(String address) {
		if (address == null || !ADDRESS_LITERAL.matcher(address).matches()) {
			return Optional.empty();
		}
		try {
			return Optional.of(InetAddress.getByName(address));
		}
		catch (UnknownHostException ex) {
			return Optional.empty();
		}
	}

	private static Optional<InetAddress> parse(byte[] address) {
		try {
			return Optional.of(InetAddress.getByAddress(address));
		}
		catch (UnknownHostException ex) {
			return Optional.empty();
		}
	}

	/**
	 * An account's recent failures (after forgiving) and until when it is delayed (none
	 * when it is not).
	 */
	record AccountThrottle(int recentFailures, Instant delayedUntil) {
	}

}

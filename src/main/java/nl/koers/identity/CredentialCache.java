package nl.koers.identity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import nl.koers.identity.api.CurrentUser;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Spring Security's authentication provider for user name and password (HTTP Basic and
 * the login form): verifies the password with the password encoder (bcrypt, about 85 ms
 * of CPU) once, then remembers the verified user for
 * {@code koers.security.credential-cache.ttl}, so that the same credentials on the next
 * request cost a keyed hash and a map lookup.
 * <p>
 * An entry is keyed by HMAC-SHA256 over user name and password with a random secret made
 * at start-up and never stored, so the password itself is never kept. Only a successful
 * verification is remembered; a wrong password is verified every time. {@link #forget}
 * empties a user's entries; identity calls it on every change to an account that sign-in
 * depends on (password, roles, enabled, a failed login or lock, unlock), right away and
 * again after the transaction ends, and an entry whose verification started before the
 * last forgetting is not kept. Other nodes keep their own entries until these expire.
 */
@Component
class CredentialCache implements AuthenticationProvider {

	private final DaoAuthenticationProvider verifier;

	private final Clock clock;

	private final Duration ttl;

	private final int maxSize;

	private final SecretKeySpec secret;

	private final ThreadLocal<Mac> macs;

	private final Map<String, Entry> entries = new ConcurrentHashMap<>();

	/**
	 * Counts every forgetting, so that a verification that raced with one is not kept.
	 */
	private final AtomicLong forgotten = new AtomicLong();

	private final AtomicLong verifications = new AtomicLong();

	private final SignInThrottle throttle;

	private final PasswordEncoder passwordEncoder;

	/**
	 * A hash no password matches, verified against when an attempt is refused before its
	 * account is looked up, so that the refusal costs what a wrong password costs.
	 */
	private final String unmatchable;

	CredentialCache(UserDetailsService users, PasswordEncoder passwordEncoder, SignInThrottle throttle, Clock clock,
			@Value("${koers.security.credential-cache.ttl:5m}") Duration ttl,
			@Value("${koers.security.credential-cache.max-size:10000}") int maxSize) {
		this.verifier = new DaoAuthenticationProvider(users);
		this.verifier.setPasswordEncoder(passwordEncoder);
		// The password first, then the account's state: a locked or disabled account
		// costs bcrypt as any other, so timing does not tell it apart.
		this.verifier.setPreAuthenticationChecks(user -> {
		});
		this.verifier.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
		this.throttle = throttle;
		this.passwordEncoder = passwordEncoder;
		byte[] random = new byte[24];
		new SecureRandom().nextBytes(random);
		this.unmatchable = passwordEncoder.encode(Base64.getEncoder().encodeToString(random));
		this.clock = clock;
		this.ttl = ttl;
		this.maxSize = maxSize;
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		this.secret = new SecretKeySpec(key, "HmacSHA256");
		this.macs = ThreadLocal.withInitial(this::newMac);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		if (!(authentication.getCredentials() instanceof String password)) {
			return verify(authentication);
		}
		if (!enabled()) {
			return verifyUnlessDelayed(authentication, password);
		}
		String key = key(authentication.getName(), password);
		Instant now = this.clock.instant();
		Entry entry = this.entries.get(key);
		if (entry != null && now.isBefore(entry.expires())) {
			return CachedAuthentication.of(entry, authentication.getDetails());
		}
		long forgottenBefore = this.forgotten.get();
		Authentication verified = verifyUnlessDelayed(authentication, password);
		if (verified.getPrincipal() instanceof CurrentUser user) {
			remember(key, new Entry(user, List.copyOf(verified.getAuthorities()), now.plus(this.ttl)), forgottenBefore);
		}
		return verified;
	}

	/**
	 * Empties every remembered credential of the user, now and again when the current
	 * transaction ends, so that a request reading the user before the change commits
	 * cannot keep the old state.
	 */
	void forget(UUID userId) {
		forgetNow(userId);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					forgetNow(userId);
				}
			});
		}
	}

	/**
	 * How many times a password was verified with the password encoder (cache misses).
	 */
	long verifications() {
		return this.verifications.get();
	}

	int size() {
		return this.entries.size();
	}

	private boolean enabled() {
		return !this.ttl.isNegative() && !this.ttl.isZero() && this.maxSize > 0;
	}

	/**
	 * Verifies the password unless the source address or the account is delayed after
	 * failures; a refusal for a delay costs the same password verification and gives the
	 * same answer as a wrong password ({@link SignInThrottled}, not counted).
	 */
	private Authentication verifyUnlessDelayed(Authentication authentication, String password) {
		String address = authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : null;
		boolean[] delayed = new boolean[1];
		LoginAttempts.unlessUnavailable(() -> delayed[0] = this.throttle.addressDelayed(address));
		if (delayed[0]) {
			this.passwordEncoder.matches(password, this.unmatchable);
			throw new SignInThrottled();
		}
		Authentication verified = verify(authentication);
		if (verified.getPrincipal() instanceof CurrentUser user) {
			LoginAttempts.unlessUnavailable(() -> delayed[0] = this.throttle.accountDelayed(user.id()));
			if (delayed[0]) {
				throw new SignInThrottled();
			}
		}
		return verified;
	}

	private Authentication verify(Authentication authentication) {
		this.verifications.incrementAndGet();
		return this.verifier.authenticate(authentication);
	}

	private void remember(String key, Entry entry, long forgottenBefore) {
		if (this.forgotten.get() != forgottenBefore) {
			return;
		}
		if (this.entries.size() >= this.maxSize) {
			makeRoom();
		}
		this.entries.put(key, entry);
		if (this.forgotten.get() != forgottenBefore) {
			this.entries.remove(key, entry);
		}
	}

	private void makeRoom() {
		Instant now = this.clock.instant();
		this.entries.values().removeIf(entry -> !now.isBefore(entry.expires()));
		Iterator<String> keys = this.entries.keySet().iterator();
		while (this.entries.size() >= this.maxSize && keys.hasNext()) {
			keys.next();
			keys.remove();
		}
	}

	private void forgetNow(UUID userId) {
		this.forgotten.incrementAndGet();
		this.entries.values().removeIf(entry -> entry.user().id().equals(userId));
	}

	private String key(String username, String password) {
		byte[] name = username.getBytes(StandardCharsets.UTF_8);
		Mac mac = this.macs.get();
		mac.update(ByteBuffer.allocate(4).putInt(name.length).array());
		mac.update(name);
		return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
	}

	private Mac newMac() {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.secret);
			return mac;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	private record Entry(CurrentUser user, List<GrantedAuthority> authorities, Instant expires) {
	}

	/**
	 * A sign-in answered from the cache; {@code LoginAttempts} has nothing to reset for
	 * it, since any failed login since the verification emptied the entry.
	 */
	static final class CachedAuthentication extends UsernamePasswordAuthenticationToken {

		private static final long serialVersionUID = 1L;

		private CachedAuthentication(Entry entry) {
			super(entry.user(), null, entry.authorities());
		}

		private static CachedAuthentication of(Entry entry, Object details) {
			CachedAuthentication authentication = new CachedAuthentication(entry);
			authentication.setDetails(details);
			return authentication;
		}

	}

}

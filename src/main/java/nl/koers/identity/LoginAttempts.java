package nl.koers.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import nl.koers.identity.api.CurrentUser;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account for a while after repeated failed logins, so that passwords cannot be
 * guessed, and resets the count after a successful login.
 */
@Component
class LoginAttempts {

	private final AppUserRepository users;

	private final CredentialCache credentials;

	private final SecondFactorService secondFactors;

	private final Clock clock;

	private final int maxAttempts;

	private final Duration lockDuration;

	LoginAttempts(AppUserRepository users, CredentialCache credentials, SecondFactorService secondFactors, Clock clock,
			@Value("${koers.security.lockout.max-attempts:5}") int maxAttempts,
			@Value("${koers.security.lockout.duration:15m}") Duration lockDuration) {
		this.users = users;
		this.credentials = credentials;
		this.secondFactors = secondFactors;
		this.clock = clock;
		this.maxAttempts = maxAttempts;
		this.lockDuration = lockDuration;
	}

	/**
	 * Counts the failure and forgets the user's cached credentials, so that a lock takes
	 * effect at once and the next successful login, verified again, resets the count.
	 */
	@EventListener
	@Transactional
	public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		this.users.findByUsername(event.getAuthentication().getName()).ifPresent(user -> {
			user.recordFailedLogin(this.clock.instant(), this.maxAttempts, this.lockDuration);
			this.credentials.forget(user.getId());
		});
	}

	/**
	 * Resets the count after a verified login, unless a second factor is still to come
	 * (then its success resets it, so that right passwords do not undo wrong codes); a
	 * login answered from the credential cache has nothing to reset, since a failure
	 * since its verification would have emptied it.
	 */
	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication() instanceof CredentialCache.CachedAuthentication) {
			return;
		}
		if (event.getAuthentication().getPrincipal() instanceof CurrentUser user && !this.secondFactors.needed(user)) {
			this.users.resetFailedLogins(user.id());
		}
	}

	/**
	 * Counts a wrong second-factor code or current password like a wrong password at
	 * login; answers whether the account is still open (not disabled, not locked).
	 */
	@Transactional
	public boolean recordFailure(UUID userId) {
		return this.users.findById(userId).map(user -> {
			Instant now = this.clock.instant();
			user.recordFailedLogin(now, this.maxAttempts, this.lockDuration);
			this.credentials.forget(userId);
			return user.isEnabled() && !user.isLocked(now);
		}).orElse(false);
	}

}

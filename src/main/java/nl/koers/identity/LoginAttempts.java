package nl.koers.identity;

import java.time.Clock;
import java.time.Duration;

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

	private final Clock clock;

	private final int maxAttempts;

	private final Duration lockDuration;

	LoginAttempts(AppUserRepository users, Clock clock,
			@Value("${koers.security.lockout.max-attempts:5}") int maxAttempts,
			@Value("${koers.security.lockout.duration:15m}") Duration lockDuration) {
		this.users = users;
		this.clock = clock;
		this.maxAttempts = maxAttempts;
		this.lockDuration = lockDuration;
	}

	@EventListener
	@Transactional
	public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		this.users.findByUsername(event.getAuthentication().getName())
			.ifPresent(user -> user.recordFailedLogin(this.clock.instant(), this.maxAttempts, this.lockDuration));
	}

	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof CurrentUser user) {
			this.users.resetFailedLogins(user.id());
		}
	}

}

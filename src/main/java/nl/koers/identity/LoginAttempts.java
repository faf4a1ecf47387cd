package nl.koers.identity;

import java.util.UUID;

import nl.koers.identity.api.CurrentUser;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * Counts failed sign-ins towards the throttles of the account and of the source address
 * ({@link SignInThrottle}), and clears the account's count after a successful one. A
 * refusal because of a throttle is not counted. When the database cannot be reached the
 * sign-in fails as the service being unavailable
 * ({@link InternalAuthenticationServiceException}: 503), never as a wrong password.
 */
@Component
class LoginAttempts {

	private final AppUserRepository users;

	private final CredentialCache credentials;

	private final SecondFactorService secondFactors;

	private final SignInThrottle throttle;

	LoginAttempts(AppUserRepository users, CredentialCache credentials, SecondFactorService secondFactors,
			SignInThrottle throttle) {
		this.users = users;
		this.credentials = credentials;
		this.secondFactors = secondFactors;
		this.throttle = throttle;
	}

	/**
	 * Counts the failure for the address and, when the name is an account's, for the
	 * account, and forgets the account's cached credentials, so that the next successful
	 * sign-in is verified again and clears the count.
	 */
	@EventListener
	public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		if (event.getException() instanceof SignInThrottled) {
			return;
		}
		unlessUnavailable(() -> {
			if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
				this.throttle.addressFailed(details.getRemoteAddress());
			}
			this.users.findByUsername(event.getAuthentication().getName()).ifPresent(user -> {
				this.throttle.accountFailed(user.getId());
				this.credentials.forget(user.getId());
			});
		});
	}

	/**
	 * Clears the account's count after a verified sign-in, unless a second factor is
	 * still to come (then its success clears it, so that right passwords do not undo
	 * wrong codes); a sign-in answered from the credential cache has nothing to clear,
	 * since a failure since its verification would have emptied it.
	 */
	@EventListener
	public void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication() instanceof CredentialCache.CachedAuthentication) {
			return;
		}
		if (event.getAuthentication().getPrincipal() instanceof CurrentUser user) {
			unlessUnavailable(() -> {
				if (!this.secondFactors.needed(user)) {
					this.throttle.clearAccount(user.id());
				}
			});
		}
	}

	/**
	 * Counts a wrong second-factor code or current password like a wrong password at
	 * sign-in; answers whether the account may try again now (it is not delayed).
	 */
	public boolean recordFailure(UUID userId) {
		this.throttle.accountFailed(userId);
		this.credentials.forget(userId);
		return !this.throttle.accountDelayed(userId);
	}

	boolean delayed(UUID userId) {
		return this.throttle.accountDelayed(userId);
	}

	static void unlessUnavailable(Runnable step) {
		try {
			step.run();
		}
		catch (DataAccessException | TransactionException ex) {
			throw new InternalAuthenticationServiceException("the user store is not available", ex);
		}
	}

}

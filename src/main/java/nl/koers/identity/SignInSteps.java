package nl.koers.identity;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.koers.identity.api.CurrentUser;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of a password sign-in that takes a second factor: after the password the
 * session holds a {@link PasswordVerified} (refused by every page but the second
 * factor's); after the code it holds the full {@link CurrentUser}, under a new session
 * id.
 */
@Component
class SignInSteps {

	private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
			new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	private final AppUserRepository users;

	private final LoginAttempts attempts;

	private final Clock clock;

	private final SignInMetrics metrics;

	private final SignInThrottle throttle;

	private final SessionLimit sessionLimit;

	SignInSteps(AppUserRepository users, LoginAttempts attempts, Clock clock, SignInMetrics metrics,
			SignInThrottle throttle, SessionLimit sessionLimit) {
		this.users = users;
		this.attempts = attempts;
		this.clock = clock;
		this.metrics = metrics;
		this.throttle = throttle;
		this.sessionLimit = sessionLimit;
	}

	void awaitSecondFactor(HttpServletRequest request, HttpServletResponse response, CurrentUser user) {
		save(request, response, UsernamePasswordAuthenticationToken
			.authenticated(new PasswordVerified(user.id(), user.getUsername()), null, List.of()));
	}

	/**
	 * Signs the user in fully, if their account still may: a new session id, the current
	 * roles, the failed attempts cleared, their oldest sessions beyond the limit ended.
	 */
	@Transactional
	boolean complete(HttpServletRequest request, HttpServletResponse response, UUID userId) {
		Optional<CurrentUser> user = this.users.findById(userId)
			.map(found -> found.toCurrentUser(this.clock.instant()))
			.filter(found -> found.isEnabled() && found.isAccountNonLocked());
		if (user.isEmpty()) {
			this.metrics.failed(SignInMetrics.Step.SECOND_FACTOR);
			abandon(request, response);
			return false;
		}
		CurrentUser signedIn = user.get();
		signedIn.eraseCredentials();
		this.throttle.clearAccount(userId);
		this.sessionLimit.enforce(signedIn.getUsername(), request.getSession().getId());
		request.changeSessionId();
		save(request, response,
				UsernamePasswordAuthenticationToken.authenticated(signedIn, null, signedIn.getAuthorities()));
		this.metrics.succeeded(SignInMetrics.Step.SECOND_FACTOR);
		return true;
	}

	/**
	 * Counts a wrong code like a wrong password; answers whether the sign-in may go on at
	 * once (the account is not delayed by it). The sign-in stays waiting for its code.
	 */
	boolean wrongCode(HttpServletRequest request, HttpServletResponse response, UUID userId) {
		this.metrics.failed(SignInMetrics.Step.SECOND_FACTOR);
		return this.attempts.recordFailure(userId);
	}

	/**
	 * Whether the account is delayed after failures: then no code is checked now.
	 */
	boolean delayed(UUID userId) {
		return this.attempts.delayed(userId);
	}

	void abandon(HttpServletRequest request, HttpServletResponse response) {
		SecurityContext empty = this.holder.createEmptyContext();
		this.holder.setContext(empty);
		this.contexts.saveContext(empty, request, response);
	}

	private void save(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
		SecurityContext context = this.holder.createEmptyContext();
		context.setAuthentication(authentication);
		this.holder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

}

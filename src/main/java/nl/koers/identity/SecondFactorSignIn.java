package nl.koers.identity;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.web.UiSecurity;

import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * The login form's part of the second factor and of not revealing accounts: every failure
 * (unknown name, wrong password, throttled, disabled) gets the same answer, and a right
 * password of a user who needs a second factor leads to {@code /second-factor} (or to
 * enrolment) instead of the home page. A database that cannot be reached answers 503 on
 * the login page ({@link SignInUnavailable}). A complete sign-in ends the user's oldest
 * sessions beyond the limit ({@link SessionLimit}).
 */
@Component
@Order(0)
class SecondFactorSignIn implements UiSecurity {

	private final SecondFactorService factors;

	private final SignInSteps steps;

	private final SignInMetrics metrics;

	private final SessionLimit sessionLimit;

	SecondFactorSignIn(SecondFactorService factors, SignInSteps steps, SignInMetrics metrics,
			SessionLimit sessionLimit) {
		this.factors = factors;
		this.steps = steps;
		this.metrics = metrics;
		this.sessionLimit = sessionLimit;
	}

	@Override
	public void configure(HttpSecurity http) throws Exception {
		SimpleUrlAuthenticationFailureHandler loginAgain = new SimpleUrlAuthenticationFailureHandler("/login?error");
		http.formLogin(
				form -> form.successHandler(this::passwordVerified).failureHandler((request, response, exception) -> {
					if (exception instanceof InternalAuthenticationServiceException) {
						SignInUnavailable.answer(request, response);
						return;
					}
					this.metrics.failed(SignInMetrics.Step.PASSWORD);
					loginAgain.onAuthenticationFailure(request, response, exception);
				}));
		http.addFilterBefore(new SecondFactorGate(), AuthorizationFilter.class);
	}

	private void passwordVerified(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		this.metrics.succeeded(SignInMetrics.Step.PASSWORD);
		if (authentication.getPrincipal() instanceof CurrentUser user && this.factors.needed(user)) {
			this.steps.awaitSecondFactor(request, response, user);
			String next = this.factors.enrolled(user.id()) ? SecondFactorGate.PAGE : SecondFactorGate.PAGE + "/enrol";
			response.sendRedirect(request.getContextPath() + next);
			return;
		}
		this.sessionLimit.enforce(authentication.getName(), request.getSession().getId());
		response.sendRedirect(request.getContextPath() + "/");
	}

}

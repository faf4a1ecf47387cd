package nl.koers.identity;

import org.springframework.security.authentication.BadCredentialsException;

/**
 * A sign-in refused because its account or source address is delayed after failures:
 * answered exactly as a wrong password, and not counted as a failure itself.
 */
class SignInThrottled extends BadCredentialsException {

	private static final long serialVersionUID = 1L;

	SignInThrottled() {
		super("Bad credentials");
	}

}

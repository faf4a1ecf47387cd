package nl.koers.system.web;

import java.util.Optional;

import org.springframework.core.Ordered;
import org.springframework.security.core.Authentication;

/**
 * A module's claim on the home page: the page a signed-in user starts on, when the
 * module's policy says it is theirs (the coordination point for coordinators, the
 * worklist for consultants, the referrals for institution workers). The first claim in
 * {@link #getOrder() order} wins; without one, the general home page shows.
 */
public interface HomePage extends Ordered {

	/**
	 * The path to start on for this user, or empty when the page is not theirs.
	 */
	Optional<String> pathFor(Authentication authentication);

}

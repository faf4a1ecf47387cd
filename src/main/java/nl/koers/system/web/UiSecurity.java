package nl.koers.system.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * A module's part of the browser UI's security (a way to sign in, a second factor),
 * applied to the UI's filter chain after its defaults, in {@code @Order}. A request is
 * signed in only when its principal is a {@link SignedInUser}: an authentication that is
 * not (yet) one, such as a password without its second factor, reaches no page but the
 * ones permitted to everyone.
 */
public interface UiSecurity {

	void configure(HttpSecurity http) throws Exception;

}

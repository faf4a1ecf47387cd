package nl.koers.system.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * A module's part of the JSON API's security (a way for systems to authenticate), applied
 * to the API's filter chain after its defaults, in {@code @Order}. As in the UI, a
 * request is signed in only when its principal is a {@link SignedInUser}.
 */
public interface ApiSecurity {

	void configure(HttpSecurity http) throws Exception;

}

package nl.koers.identity;

import java.time.Clock;

import nl.koers.system.Open;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the user for Spring Security's login and HTTP Basic authentication. A user who
 * signs in with single sign-on is not found here, so no password (should an administrator
 * ever set one) lets them in; nor is a registered system's account: a system signs in
 * only with a token.
 */
@Service
class KoersUserDetailsService implements UserDetailsService {

	private final AppUserRepository users;

	private final ExternalIdentityRepository externalIdentities;

	private final Clock clock;

	KoersUserDetailsService(AppUserRepository users, ExternalIdentityRepository externalIdentities, Clock clock) {
		this.users = users;
		this.externalIdentities = externalIdentities;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	@Open("Spring Security loads the user at login, before anyone is signed in")
	public UserDetails loadUserByUsername(String username) {
		return this.users.findByUsername(username)
			.filter(user -> !user.isSystemAccount() && !this.externalIdentities.existsById(user.getId()))
			.map(user -> user.toCurrentUser(this.clock.instant()))
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
	}

}

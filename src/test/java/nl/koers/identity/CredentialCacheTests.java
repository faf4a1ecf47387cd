package nl.koers.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The credential cache on its own, with a password encoder that counts how often bcrypt
 * verifies a password.
 */
class CredentialCacheTests {

	static final String PASSWORD = "het-goede-wachtwoord";

	final CountingPasswordEncoder encoder = new CountingPasswordEncoder();

	final MovableClock clock = new MovableClock();

	final Map<String, CurrentUser> users = new HashMap<>();

	CredentialCache cache = cache(Duration.ofMinutes(5), 100);

	CredentialCache cache(Duration ttl, int maxSize) {
		return new CredentialCache(username -> {
			CurrentUser user = this.users.get(username);
			if (user == null) {
				throw new UsernameNotFoundException("unknown user");
			}
			// A fresh copy each time, as the user details service loads one per login.
			return new CurrentUser(user.id(), user.getUsername(), user.displayName(), user.municipalityId(), null,
					user.roles(), user.isEnabled(), !user.isAccountNonLocked(), user.getPassword());
		}, this.encoder, org.mockito.Mockito.mock(SignInThrottle.class), this.clock, ttl, maxSize);
	}

	CurrentUser user(String username, String password) {
		CurrentUser user = new CurrentUser(UUID.randomUUID(), username, "Test " + username, UUID.randomUUID(), null,
				Set.of(Role.CONSULTANT), true, false, this.encoder.encode(password));
		this.users.put(username, user);
		return user;
	}

	Authentication login(String username, String password) {
		return this.cache.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
	}

	@Test
	void verifiesAPasswordOnceAndReusesTheVerifiedUser() {
		CurrentUser user = user("consulent", PASSWORD);
		for (int request = 0; request < 5; request++) {
			Authentication signedIn = login("consulent", PASSWORD);
			assertThat(signedIn.isAuthenticated()).isTrue();
			assertThat(signedIn.getPrincipal()).isEqualTo(user);
			assertThat(signedIn.getAuthorities()).extracting(Object::toString).contains(Role.CONSULTANT.authority());
		}
		assertThat(this.encoder.verifications).hasValue(1);
		assertThat(this.cache.verifications()).isEqualTo(1);
	}

	@Test
	void neverRemembersAWrongPassword() {
		user("consulent", PASSWORD);
		for (int attempt = 0; attempt < 3; attempt++) {
			assertThatExceptionOfType(BadCredentialsException.class).isThrownBy(() -> login("consulent", "fout"));
		}
		assertThat(this.encoder.verifications).hasValue(3);
		assertThat(this.cache.size()).isZero();
		login("consulent", PASSWORD);
		assertThatExceptionOfType(BadCredentialsException.class).isThrownBy(() -> login("consulent", "fout"));
		assertThat(this.encoder.verifications).hasValue(5);
	}

	@Test
	void keysOnUserNameAndPasswordTogether() {
		user("ab", PASSWORD);
		user("a", "b" + PASSWORD);
		login("ab", PASSWORD);
		assertThatExceptionOfType(BadCredentialsException.class).isThrownBy(() -> login("a", "b" + PASSWORD + "x"));
		assertThat(login("a", "b" + PASSWORD).getName()).isEqualTo("a");
		assertThat(login("ab", PASSWORD).getName()).isEqualTo("ab");
		assertThat(this.encoder.verifications).hasValue(3);
	}

	@Test
	void forgettingAUserVerifiesTheirPasswordAgain() {
		CurrentUser user = user("consulent", PASSWORD);
		CurrentUser other = user("ander", PASSWORD);
		login("consulent", PASSWORD);
		login("ander", PASSWORD);
		this.cache.forget(user.id());
		login("consulent", PASSWORD);
		login("ander", PASSWORD);
		assertThat(this.encoder.verifications).hasValue(3);
		assertThat(other.id()).isNotEqualTo(user.id());
	}

	@Test
	void verifiesAgainAfterTheTimeToLive() {
		user("consulent", PASSWORD);
		login("consulent", PASSWORD);
		this.clock.move(Duration.ofMinutes(4));
		login("consulent", PASSWORD);
		assertThat(this.encoder.verifications).hasValue(1);
		this.clock.move(Duration.ofMinutes(1));
		login("consulent", PASSWORD);
		assertThat(this.encoder.verifications).hasValue(2);
	}

	@Test
	void keepsAtMostTheConfiguredNumberOfEntries() {
		this.cache = cache(Duration.ofMinutes(5), 3);
		for (int i = 0; i < 10; i++) {
			user("gebruiker" + i, PASSWORD);
			login("gebruiker" + i, PASSWORD);
		}
		assertThat(this.cache.size()).isEqualTo(3);
	}

	@Test
	void aTimeToLiveOfZeroTurnsTheCacheOff() {
		this.cache = cache(Duration.ZERO, 100);
		user("consulent", PASSWORD);
		login("consulent", PASSWORD);
		login("consulent", PASSWORD);
		assertThat(this.encoder.verifications).hasValue(2);
		assertThat(this.cache.size()).isZero();
	}

	static final class CountingPasswordEncoder implements PasswordEncoder {

		final PasswordEncoder delegate = PasswordEncoderFactories.createDelegatingPasswordEncoder();

		final AtomicInteger verifications = new AtomicInteger();

		@Override
		public String encode(CharSequence rawPassword) {
			return this.delegate.encode(rawPassword);
		}

		@Override
		public boolean matches(CharSequence rawPassword, String encodedPassword) {
			this.verifications.incrementAndGet();
			return this.delegate.matches(rawPassword, encodedPassword);
		}

	}

	static final class MovableClock extends Clock {

		Instant now = Instant.parse("2026-01-05T09:00:00Z");

		void move(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}

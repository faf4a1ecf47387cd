package nl.koers.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.system.Open;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Koers account of a user who signs in with single sign-on: created at the first
 * sign-in in the registration's municipality, its roles set from the claims at every
 * sign-in. Without a mapped role (or with the account disabled in Koers) there is no
 * sign-in; the roles stay cleared until the identity provider grants one again.
 */
@Service
class SsoAccountService {

	private static final int MAX_USERNAME = 60;

	private static final int MAX_DISPLAY_NAME = 120;

	private final SsoProperties settings;

	private final MunicipalityRepository municipalities;

	private final AppUserRepository users;

	private final ExternalIdentityRepository identities;

	private final CredentialCache credentials;

	private final Clock clock;

	SsoAccountService(SsoProperties settings, MunicipalityRepository municipalities, AppUserRepository users,
			ExternalIdentityRepository identities, CredentialCache credentials, Clock clock) {
		this.settings = settings;
		this.municipalities = municipalities;
		this.users = users;
		this.identities = identities;
		this.credentials = credentials;
		this.clock = clock;
	}

	/**
	 * The signed-in user for these claims of the registration's identity provider, or
	 * none when they give no access.
	 */
	@Transactional
	@Open("sign-in: the identity provider vouched for the user, who is not signed in yet; the roles come from its claims")
	public Optional<CurrentUser> signIn(String registrationId, String issuer, Map<String, Object> claims) {
		SsoProperties.Registration registration = this.settings.registration(registrationId);
		Object subject = claims.get(registration.userIdClaim());
		if (subject == null || subject.toString().isBlank()) {
			return Optional.empty();
		}
		UUID municipalityId = this.municipalities.findByCode(registration.municipality())
			.orElseThrow(() -> new IllegalStateException("unknown municipality " + registration.municipality()))
			.getId();
		Set<Role> roles = registration.rolesFor(claims.get(registration.roleClaim()));
		Object name = claims.get(registration.displayNameClaim());
		SignIn signIn = new SignIn(registrationId, issuer, subject.toString(), municipalityId, roles,
				name == null ? null : name.toString());
		return this.identities.findByRegistrationIdAndIssuerAndSubject(registrationId, issuer, signIn.subject())
			.map(identity -> returning(identity.getUserId(), signIn))
			.orElseGet(() -> firstTime(signIn));
	}

	private Optional<CurrentUser> returning(UUID userId, SignIn signIn) {
		AppUser user = this.users.findById(userId).orElseThrow();
		if (!user.getMunicipalityId().equals(signIn.municipalityId())) {
			return Optional.empty();
		}
		String displayName = signIn.displayName() == null ? user.getDisplayName() : signIn.displayName();
		if (!user.getRoles().equals(signIn.roles()) || !user.getDisplayName().equals(displayName)) {
			user.change(displayName, signIn.roles(), user.isEnabled());
			this.credentials.forget(userId);
		}
		return granted(user);
	}

	private Optional<CurrentUser> firstTime(SignIn signIn) {
		if (signIn.roles().isEmpty()) {
			return Optional.empty();
		}
		String username = username(signIn.registrationId(), signIn.subject());
		AppUser user = this.users.save(new AppUser(signIn.municipalityId(), null, username,
				signIn.displayName() == null ? username : signIn.displayName(), null, signIn.roles()));
		this.identities
			.save(new ExternalIdentity(user.getId(), signIn.registrationId(), signIn.issuer(), signIn.subject()));
		return granted(user);
	}

	private Optional<CurrentUser> granted(AppUser user) {
		return user.isEnabled() && !user.getRoles().isEmpty() ? Optional.of(user.toCurrentUser(this.clock.instant()))
				: Optional.empty();
	}

	/**
	 * The registration and the user id claim, or a hash of the claim where that does not
	 * fit.
	 */
	static String username(String registrationId, String subject) {
		String prefix = registrationId + ":";
		if (prefix.length() + subject.length() <= MAX_USERNAME) {
			return prefix + subject;
		}
		return prefix + sha256(subject).substring(0, MAX_USERNAME - prefix.length());
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	private record SignIn(String registrationId, String issuer, String subject, UUID municipalityId, Set<Role> roles,
			String displayName) {

		SignIn {
			displayName = displayName == null || displayName.isBlank() ? null
					: displayName.substring(0, Math.min(displayName.length(), MAX_DISPLAY_NAME));
		}

	}

}

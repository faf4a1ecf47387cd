package nl.koers.identity;

import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.koers.identity.api.Role;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Koers's single sign-on settings: how they bind, how claims map to roles, and which
 * mistakes stop the start.
 */
class SsoSettingsTests {

	@Test
	void bindsWithDefaultsForTheUserIdAndNameClaims() {
		SsoProperties.Registration registration = bind(
				Map.of("koers.sso.delft.municipality", "GM0503", "koers.sso.delft.role-claim", "roles",
						"koers.sso.delft.role-mapping.[Koers.Beheer]", "ADMINISTRATOR,AUDITOR"))
			.registration("delft");
		assertThat(registration.userIdClaim()).isEqualTo("sub");
		assertThat(registration.displayNameClaim()).isEqualTo("name");
		assertThat(registration.rolesFor(List.of("Koers.Beheer"))).containsExactlyInAnyOrder(Role.ADMINISTRATOR,
				Role.AUDITOR);
	}

	@Test
	void mapsOneTextOrAListAndIgnoresWhatIsNotMapped() {
		SsoProperties.Registration registration = new SsoProperties.Registration("GM1960", "groups",
				Map.of("consulenten", Set.of(Role.CONSULTANT), "regie", Set.of(Role.CONSULTANT, Role.COORDINATOR)),
				"oid", "name", null);
		assertThat(registration.rolesFor("consulenten")).containsExactly(Role.CONSULTANT);
		assertThat(registration.rolesFor(List.of("consulenten", "regie", "kantine")))
			.containsExactlyInAnyOrder(Role.CONSULTANT, Role.COORDINATOR);
		assertThat(registration.rolesFor(List.of("kantine"))).isEmpty();
		assertThat(registration.rolesFor(null)).isEmpty();
	}

	@Test
	void refusesToGiveTheInstitutionWorkerRole() {
		assertThatThrownBy(() -> bind(Map.of("koers.sso.delft.municipality", "GM0503", "koers.sso.delft.role-claim",
				"groups", "koers.sso.delft.role-mapping.zorg", "INSTITUTION_WORKER")))
			.isInstanceOf(BindException.class)
			.rootCause()
			.hasMessageContaining("INSTITUTION_WORKER");
	}

	@Test
	void everyRegistrationNeedsKoersSettingsAndAKnownMunicipality() {
		Map<String, SsoProperties.Registration> sso = Map.of("delft", registration("GM0503"), "zoetermeer",
				registration("GM0637"));
		List<String> problems = SsoStartupCheck
			.problems(List.of(client("delft", "openid"), client("westbetuwe", "openid")), sso, "GM0503"::equals);
		assertThat(problems).containsExactlyInAnyOrder(
				"registration 'westbetuwe' has no koers.sso.westbetuwe.* settings (municipality, role-claim, role-mapping)",
				"koers.sso.zoetermeer has no spring.security.oauth2.client.registration.zoetermeer",
				"koers.sso.zoetermeer.municipality=GM0637 is not a municipality in Koers");
	}

	@Test
	void aRegistrationMustBeOpenIdConnectWithAShortId() {
		List<String> problems = SsoStartupCheck.problems(List.of(client("Gemeente_West_Betuwe", "profile")),
				Map.of("Gemeente_West_Betuwe", registration("GM1960")), code -> true);
		assertThat(problems).containsExactlyInAnyOrder(
				"registration id 'Gemeente_West_Betuwe' must be 1 to 20 lower-case letters, digits or hyphens",
				"registration 'Gemeente_West_Betuwe' must have the scope openid");
	}

	@Test
	void theSystemsNamespaceIsNoRegistrationId() {
		assertThat(SsoStartupCheck.problems(List.of(client("systeem", "openid")),
				Map.of("systeem", registration("GM1960")), code -> true))
			.containsExactly("registration id 'systeem' is taken: registered systems' accounts are named "
					+ "systeem:<client id>");
	}

	@Test
	void aClientAuthenticatingWithAKeyMustNameIt() {
		ClientRegistration keyed = ClientRegistration.withClientRegistration(client("delft", "openid"))
			.clientAuthenticationMethod(ClientAuthenticationMethod.PRIVATE_KEY_JWT)
			.build();
		assertThat(SsoStartupCheck.problems(List.of(keyed), Map.of("delft", registration("GM0503")), code -> true))
			.containsExactly("registration 'delft' uses private_key_jwt: koers.sso.delft.client-key must name the SSL "
					+ "bundle (spring.ssl.bundle.*) with its key and certificate");
	}

	@Test
	void fitsTheUsernameIntoSixtyCharacters() {
		assertThat(SsoAccountService.username("delft", "0f3c")).isEqualTo("delft:0f3c");
		String longSubject = "x".repeat(200);
		assertThat(SsoAccountService.username("delft", longSubject)).hasSize(60)
			.startsWith("delft:")
			.isNotEqualTo(SsoAccountService.username("delft", longSubject + "y"));
	}

	private static SsoProperties bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("koers", SsoProperties.class);
	}

	private static SsoProperties.Registration registration(String municipality) {
		return new SsoProperties.Registration(municipality, "groups", Map.of("consulenten", Set.of(Role.CONSULTANT)),
				"sub", "name", null);
	}

	private static ClientRegistration client(String id, String scope) {
		return ClientRegistration.withRegistrationId(id)
			.clientId("koers")
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.authorizationUri("https://idp.example.nl/authorize")
			.tokenUri("https://idp.example.nl/token")
			.scope(scope)
			.build();
	}

}

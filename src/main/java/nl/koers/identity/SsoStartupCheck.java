package nl.koers.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.stereotype.Component;

/**
 * Refuses to start when a single sign-on registration and Koers's settings for it do not
 * fit together. Runs when the application is ready, so that the demo data's
 * municipalities exist.
 */
@Component
class SsoStartupCheck {

	private static final String REGISTRATION_ID = "[a-z0-9-]{1,20}";

	private final SsoProviders providers;

	private final SsoProperties settings;

	private final MunicipalityRepository municipalities;

	private final SsoClientKeys clientKeys;

	SsoStartupCheck(SsoProviders providers, SsoProperties settings, MunicipalityRepository municipalities,
			SsoClientKeys clientKeys) {
		this.providers = providers;
		this.settings = settings;
		this.municipalities = municipalities;
		this.clientKeys = clientKeys;
	}

	@EventListener(ApplicationReadyEvent.class)
	void check() {
		List<String> problems = problems(this.providers.list(), this.settings.sso(),
				code -> this.municipalities.findByCode(code).isPresent());
		if (!problems.isEmpty()) {
			throw new IllegalStateException(
					"Single sign-on is not configured correctly: " + String.join("; ", problems));
		}
	}

	private static boolean signsAssertions(ClientRegistration registration) {
		return ClientAuthenticationMethod.PRIVATE_KEY_JWT.equals(registration.getClientAuthenticationMethod());
	}

	static List<String> problems(List<ClientRegistration> registrations, Map<String, SsoProperties.Registration> sso,
			Predicate<String> municipalityExists) {
		List<String> problems = new ArrayList<>();
		for (ClientRegistration registration : registrations) {
			String id = registration.getRegistrationId();
			if (!sso.containsKey(id)) {
				problems.add("registration '" + id + "' has no koers.sso." + id
						+ ".* settings (municipality, role-claim, role-mapping)");
			}
			if (!id.matches(REGISTRATION_ID)) {
				problems.add("registration id '" + id + "' must be 1 to 20 lower-case letters, digits or hyphens");
			}
			if (id.equals(SystemAccounts.NAMESPACE)) {
				problems.add("registration id '" + id
						+ "' is taken: registered systems' accounts are named systeem:<client id>");
			}
			if (signsAssertions(registration) && sso.containsKey(id) && sso.get(id).clientKey() == null) {
				problems.add("registration '" + id + "' uses private_key_jwt: koers.sso." + id
						+ ".client-key must name the SSL bundle (spring.ssl.bundle.*) with its key and certificate");
			}
			Set<String> scopes = registration.getScopes();
			if (scopes == null || !scopes.contains("openid")) {
				problems.add("registration '" + id + "' must have the scope openid");
			}
		}
		Set<String> registered = registrations.stream()
			.map(ClientRegistration::getRegistrationId)
			.collect(Collectors.toSet());
		sso.forEach((id, settings) -> {
			if (!registered.contains(id)) {
				problems.add("koers.sso." + id + " has no spring.security.oauth2.client.registration." + id);
			}
			if (!municipalityExists.test(settings.municipality())) {
				problems.add("koers.sso." + id + ".municipality=" + settings.municipality()
						+ " is not a municipality in Koers");
			}
		});
		return problems;
	}

}

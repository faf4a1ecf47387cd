package nl.koers.identity;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * The single sign-on registrations, for the login page's buttons and the start-up check;
 * none when none are configured.
 */
@Component("ssoProviders")
class SsoProviders {

	private final ObjectProvider<ClientRegistrationRepository> registrations;

	SsoProviders(ObjectProvider<ClientRegistrationRepository> registrations) {
		this.registrations = registrations;
	}

	public List<ClientRegistration> list() {
		List<ClientRegistration> all = new ArrayList<>();
		if (this.registrations.getIfAvailable() instanceof Iterable<?> repository) {
			repository.forEach(registration -> all.add((ClientRegistration) registration));
		}
		return all;
	}

}

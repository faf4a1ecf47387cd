package nl.koers.demo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import nl.koers.identity.api.Accounts;
import nl.koers.system.DemoMode;
import nl.koers.system.StartupRisk;
import nl.koers.system.UnsafeSettingsException;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.stereotype.Component;

/**
 * Without the demo, no demo account (nor the demo's system) may still sign in with the
 * public demo password: a database that began as a demo and then took real clients
 * (GM1960 is West Betuwe's real code) would be open to anyone who read the README.
 * Checked once the migrations have run and before Koers reports itself ready.
 */
@Component
class DemoPasswords {

	static final String RISK = "demo-passwords";

	private final Accounts accounts;

	private final RegisteredClientRepository systems;

	private final PasswordEncoder passwords;

	DemoPasswords(Accounts accounts, RegisteredClientRepository systems, PasswordEncoder passwords) {
		this.accounts = accounts;
		this.systems = systems;
		this.passwords = passwords;
	}

	@EventListener
	void onStarted(ApplicationStartedEvent started) {
		check(started.getApplicationContext().getEnvironment());
	}

	void check(Environment environment) {
		if (DemoMode.enabled(environment) || risk(List.of()).acceptedIn(environment)) {
			return;
		}
		List<String> open = new ArrayList<>(open(DemoUsers.USERNAMES));
		if (systemOpen()) {
			open.add("the system " + DemoApiSystems.CLIENT_ID);
		}
		if (!open.isEmpty()) {
			throw new UnsafeSettingsException(List.of(risk(open)));
		}
	}

	private static StartupRisk risk(List<String> open) {
		return new StartupRisk(RISK,
				"This database holds demo accounts that still sign in with the public demo password or secret ("
						+ String.join(", ", open) + "), and this start is without the demo.",
				"Start once with this risk accepted, then, as an administrator, disable those accounts or give them"
						+ " passwords of their own (revoke the system or give it a new secret), and take the acceptance"
						+ " away again; or start on an empty database.");
	}

	/**
	 * Whether the demo's system still exists, not revoked, with the demo password as its
	 * secret.
	 */
	boolean systemOpen() {
		RegisteredClient system = this.systems.findByClientId(DemoApiSystems.CLIENT_ID);
		return system != null && this.passwords.matches(DemoData.PASSWORD, system.getClientSecret());
	}

	/**
	 * Those of these accounts that exist, are enabled and take the demo password.
	 */
	List<String> open(Collection<String> usernames) {
		return usernames.stream()
			.filter(username -> this.accounts.findUser(username)
				.filter(user -> user.isEnabled() && user.getPassword() != null
						&& this.passwords.matches(DemoData.PASSWORD, user.getPassword()))
				.isPresent())
			.toList();
	}

}

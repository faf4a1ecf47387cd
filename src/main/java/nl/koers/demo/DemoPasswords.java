package nl.koers.demo;

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
import org.springframework.stereotype.Component;

/**
 * Without the demo, no demo account may still sign in with the public demo password: a
 * database that began as a demo and then took real clients (GM1960 is West Betuwe's real
 * code) would be open to anyone who read the README. Checked once the migrations have run
 * and before Koers reports itself ready.
 */
@Component
class DemoPasswords {

	static final StartupRisk RISK = new StartupRisk("demo-passwords",
			"This database holds demo accounts (" + String.join(", ", DemoUsers.USERNAMES)
					+ ") that still sign in with the public demo password, and this start is without the demo.",
			"Start once with the demo (koers.demo.enabled=true) or with this risk accepted, then, as an"
					+ " administrator, disable those accounts or give them new passwords; or start on an empty"
					+ " database.");

	private final Accounts accounts;

	private final PasswordEncoder passwords;

	DemoPasswords(Accounts accounts, PasswordEncoder passwords) {
		this.accounts = accounts;
		this.passwords = passwords;
	}

	@EventListener
	void onStarted(ApplicationStartedEvent started) {
		check(started.getApplicationContext().getEnvironment());
	}

	void check(Environment environment) {
		if (DemoMode.enabled(environment) || RISK.acceptedIn(environment)) {
			return;
		}
		if (!open(DemoUsers.USERNAMES).isEmpty()) {
			throw new UnsafeSettingsException(List.of(RISK));
		}
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

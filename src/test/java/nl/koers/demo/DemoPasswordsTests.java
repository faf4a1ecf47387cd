package nl.koers.demo;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.zonky.test.db.AutoConfigureEmbeddedDatabase;
import io.zonky.test.db.AutoConfigureEmbeddedDatabase.DatabaseProvider;
import nl.koers.PooledTestDataSource;
import nl.koers.identity.api.Accounts;
import nl.koers.identity.api.NewUser;
import nl.koers.identity.api.Role;
import nl.koers.system.StartupRisk;
import nl.koers.system.UnsafeSettingsException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * On a database that holds the demo data, a start without the demo is refused while the
 * demo accounts still take the public password, unless that risk is accepted; the demo
 * itself starts.
 */
@SpringBootTest(properties = { "koers.embedded-database.enabled=false", "koers.demo.enabled=true" })
@AutoConfigureEmbeddedDatabase(provider = DatabaseProvider.ZONKY)
@AutoConfigureMockMvc
@Import(PooledTestDataSource.class)
class DemoPasswordsTests {

	@Autowired
	DemoPasswords demoPasswords;

	@Autowired
	Accounts accounts;

	private String user(UUID municipality, String password) {
		String username = "demo-check-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.createUser(new NewUser(municipality, null, username, "Test", password, Set.of(Role.MANAGER)));
		return username;
	}

	private static MockEnvironment withoutTheDemo() {
		return new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db.example.nl/koers");
	}

	@Test
	void everyDemoAccountTakesTheDemoPassword() {
		assertThat(this.demoPasswords.open(DemoUsers.USERNAMES)).containsExactlyElementsOf(DemoUsers.USERNAMES);
	}

	@Test
	void theDemoSystemTakesTheDemoPasswordAsItsSecret() {
		assertThat(this.demoPasswords.systemOpen()).isTrue();
	}

	@Test
	void onlyEnabledAccountsWithTheDemoPasswordCount() {
		UUID municipality = this.accounts.createMunicipality("T" + UUID.randomUUID().toString().substring(0, 8),
				"Testgemeente");
		String open = user(municipality, DemoData.PASSWORD);
		String changed = user(municipality, "a-password-of-their-own");

		assertThat(this.demoPasswords.open(List.of(open, changed, "nobody-" + UUID.randomUUID())))
			.containsExactly(open);
	}

	@Test
	void aStartWithoutTheDemoIsRefused() {
		assertThatThrownBy(() -> this.demoPasswords.check(withoutTheDemo()))
			.isInstanceOfSatisfying(UnsafeSettingsException.class,
					refused -> assertThat(refused.risks()).singleElement()
						.extracting(StartupRisk::name)
						.isEqualTo(DemoPasswords.RISK))
			.hasMessageContaining("beheerder")
			.hasMessageContaining("the system instelling-systeem")
			.hasMessageContaining(StartupRisk.ACCEPT_PROPERTY);
	}

	@Test
	void anAcceptedRiskOrTheDemoItselfStarts() {
		assertThatNoException().isThrownBy(() -> this.demoPasswords
			.check(withoutTheDemo().withProperty(StartupRisk.ACCEPT_PROPERTY, "plain-http,demo-passwords")));
		assertThatNoException()
			.isThrownBy(() -> this.demoPasswords.check(withoutTheDemo().withProperty("koers.demo.enabled", "true")));
	}

}

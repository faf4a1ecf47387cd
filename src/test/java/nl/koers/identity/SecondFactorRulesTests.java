package nl.koers.identity;

import java.util.Set;
import java.util.UUID;

import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who must have a second factor: the roles of
 * {@code koers.security.second-factor.required-roles}, or everyone with
 * {@code koers.security.second-factor.required-for-everyone}.
 */
class SecondFactorRulesTests {

	@Test
	void theRequiredRolesNeedOneAndOthersDoNot() {
		SecondFactorService rules = rules(Set.of(Role.ADMINISTRATOR, Role.AUDITOR), false);
		assertThat(rules.required(user(Role.ADMINISTRATOR))).isTrue();
		assertThat(rules.required(user(Role.AUDITOR))).isTrue();
		assertThat(rules.required(user(Role.CONSULTANT, Role.AUDITOR))).isTrue();
		assertThat(rules.required(user(Role.CONSULTANT))).isFalse();
		assertThat(rules.required(user(Role.INSTITUTION_WORKER))).isFalse();
	}

	@Test
	void everyoneNeedsOneWhenConfiguredSo() {
		SecondFactorService rules = rules(Set.of(), true);
		assertThat(rules.required(user(Role.CONSULTANT))).isTrue();
		assertThat(rules.required(user(Role.INSTITUTION_WORKER))).isTrue();
	}

	@Test
	void noRoleNeedsOneWithAnEmptyList() {
		assertThat(rules(Set.of(), false).required(user(Role.ADMINISTRATOR))).isFalse();
	}

	private static SecondFactorService rules(Set<Role> roles, boolean everyone) {
		return new SecondFactorService(null, null, null, null, null, null, null, null, null, roles, everyone);
	}

	private static CurrentUser user(Role... roles) {
		return new CurrentUser(UUID.randomUUID(), "gebruiker", "Gebruiker", UUID.randomUUID(), null, Set.of(roles),
				true, false, null);
	}

}

package nl.koers.client;

import java.util.Set;
import java.util.UUID;

import nl.koers.client.ClientPolicy.ReadScope;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import org.junit.jupiter.api.Test;

import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who may see and change which clients, without a Spring context.
 */
class ClientPolicyTests {

	private final ClientPolicy policy = new ClientPolicy();

	@Test
	void consultantsAndCoordinatorsReadTheMunicipalityInstitutionWorkersOnlyWhatIsShared() {
		assertThat(this.policy.readScope(user(Role.CONSULTANT))).isEqualTo(ReadScope.MUNICIPALITY);
		assertThat(this.policy.readScope(user(Role.COORDINATOR))).isEqualTo(ReadScope.MUNICIPALITY);
		assertThat(this.policy.readScope(user(Role.INSTITUTION_WORKER))).isEqualTo(ReadScope.REFERRED);
		for (Role role : new Role[] { Role.CONTRACT_MANAGER, Role.MANAGER, Role.ADMINISTRATOR, Role.AUDITOR }) {
			assertThatThrownBy(() -> this.policy.readScope(user(role))).isInstanceOf(AccessDeniedException.class);
		}
	}

	@Test
	void aConsultantChangesOwnAndUnassignedClientsACoordinatorEveryClient() {
		CurrentUser consultant = user(Role.CONSULTANT);
		assertThat(this.policy.mayChange(consultant, consultant.id())).isTrue();
		assertThat(this.policy.mayChange(consultant, null)).isTrue();
		assertThat(this.policy.mayChange(consultant, UUID.randomUUID())).isFalse();
		assertThat(this.policy.mayChange(user(Role.COORDINATOR), UUID.randomUUID())).isTrue();
		assertThat(this.policy.mayChange(user(Role.INSTITUTION_WORKER), null)).isFalse();
		assertThatThrownBy(() -> this.policy.requireChange(consultant, UUID.randomUUID()))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void onlyCoordinatorsListTheWholeMunicipalityAndOnlyConsultantsLeadWhatTheyRegister() {
		assertThat(this.policy.listsMunicipality(user(Role.COORDINATOR))).isTrue();
		assertThat(this.policy.listsMunicipality(user(Role.CONSULTANT))).isFalse();
		assertThat(this.policy.leadsWhatTheyRegister(user(Role.CONSULTANT))).isTrue();
		assertThat(this.policy.leadsWhatTheyRegister(user(Role.COORDINATOR))).isFalse();
		assertThat(this.policy.mayRegister(user(Role.INSTITUTION_WORKER))).isFalse();
		assertThat(this.policy.mayOpen(user(Role.INSTITUTION_WORKER))).isTrue();
		assertThat(this.policy.mayOpen(user(Role.AUDITOR))).isFalse();
	}

	private static CurrentUser user(Role role) {
		return new CurrentUser(UUID.randomUUID(), "u", "U", UUID.randomUUID(), null, Set.of(role), true, false, null);
	}

}

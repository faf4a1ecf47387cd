package nl.koers.client;

import java.util.List;
import java.util.UUID;

import nl.koers.Fixtures.Municipality;
import nl.koers.Fixtures;
import nl.koers.KoersTest;
import nl.koers.client.api.ClientAccess;
import nl.koers.client.api.ClientRef;
import nl.koers.client.api.ClientView;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.system.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The gate other modules use: the client rules and the access log in one call.
 */
@KoersTest
class ClientAccessTests {

	@Autowired
	ClientAccess access;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	Municipality municipality;

	CurrentUser caseLead;

	ClientView client;

	@BeforeEach
	void setUp() {
		this.municipality = this.fixtures.municipality();
		this.caseLead = this.municipality.user(Role.CONSULTANT);
		this.client = this.municipality.client(this.caseLead);
	}

	@Test
	void readGivesTheClientAndLogsTheRead() {
		ClientRef ref = this.access.read(this.caseLead, this.client.id());
		assertThat(ref.caseLeadId()).isEqualTo(this.caseLead.id());
		assertThat(ref.benefitStartDate()).isEqualTo(this.client.benefitStartDate());
		assertThat(actions()).containsExactly("CREATE", "READ");
	}

	@Test
	void changeIsForTheCaseLeadAndCoordinators() {
		CurrentUser colleague = this.municipality.user(Role.CONSULTANT);
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.access.change(colleague, this.client.id()));
		this.access.change(this.municipality.user(Role.COORDINATOR), this.client.id());
		assertThat(actions()).containsExactly("CREATE", "UPDATE", "UPDATE");
		assertThat(this.jdbc.sql("select outcome from access_log_entry where client_id = ? and user_id = ?")
			.params(this.client.id(), colleague.id())
			.query(String.class)
			.list()).as("the refused change").containsExactly("DENIED");
	}

	@Test
	void readToChangeRefusesBeforeTheReadIsLogged() {
		CurrentUser colleague = this.municipality.user(Role.CONSULTANT);
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.access.readToChange(colleague, this.client.id()));
		assertThat(this.jdbc
			.sql("select action || ' ' || outcome from access_log_entry where client_id = ? and user_id = ?")
			.params(this.client.id(), colleague.id())
			.query(String.class)
			.list()).containsExactly("READ DENIED");
		this.access.readToChange(this.caseLead, this.client.id());
		assertThat(actions()).containsExactly("CREATE", "READ", "READ");
	}

	@Test
	void anotherMunicipalityGetsNotFoundAndTheRefusalIsLogged() {
		CurrentUser stranger = this.fixtures.municipality().user(Role.COORDINATOR);
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.access.read(stranger, this.client.id()));
		assertThat(this.jdbc.sql("select outcome from access_log_entry where client_id = ? and user_id = ?")
			.params(this.client.id(), stranger.id())
			.query(String.class)
			.list()).containsExactly("DENIED");
	}

	@Test
	void listLeavesOutWhatTheCallerMayNotSee() {
		Municipality other = this.fixtures.municipality();
		ClientView foreign = other.client(other.user(Role.CONSULTANT));
		assertThat(this.access.list(this.caseLead, List.of(this.client.id(), foreign.id(), UUID.randomUUID())))
			.containsOnlyKeys(this.client.id());
		assertThat(this.access.list(this.municipality.user(Role.INSTITUTION_WORKER), List.of(this.client.id())))
			.isEmpty();
	}

	private List<String> actions() {
		return this.jdbc.sql("select action from access_log_entry where client_id = ? order by id")
			.param(this.client.id())
			.query(String.class)
			.list();
	}

}

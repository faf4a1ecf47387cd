package nl.koers.client;

import nl.koers.Fixtures;
import nl.koers.Fixtures.Municipality;
import nl.koers.KoersTest;
import nl.koers.client.api.CaseLeadAssigned;
import nl.koers.client.api.ClientView;
import nl.koers.client.api.Clients;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code client} publishes {@link CaseLeadAssigned} (through the event publication
 * registry) when a client gets a case lead, for the modules whose work moves with it.
 */
@KoersTest
class CaseLeadAssignedTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	Clients clients;

	@Test
	void assigningACaseLeadPublishesTheEvent(Scenario scenario) {
		Municipality municipality = this.fixtures.municipality();
		CurrentUser coordinator = municipality.user(Role.COORDINATOR);
		CurrentUser consultant = municipality.user(Role.CONSULTANT);
		ClientView client = municipality.client(coordinator);
		assertThat(client.caseLead()).isNull();
		scenario.stimulate(() -> this.clients.assignCaseLead(coordinator, client.id(), consultant.id(), null))
			.andWaitForEventOfType(CaseLeadAssigned.class)
			.matching(event -> event.clientId().equals(client.id()))
			.toArriveAndVerify(event -> assertThat(event.caseLeadId()).isEqualTo(consultant.id()));
	}

	@Test
	void aConsultantWhoRegistersBecomesTheCaseLead(Scenario scenario) {
		Municipality municipality = this.fixtures.municipality();
		CurrentUser consultant = municipality.user(Role.CONSULTANT);
		scenario.stimulate(() -> municipality.client(consultant))
			.andWaitForEventOfType(CaseLeadAssigned.class)
			.matching(event -> event.caseLeadId().equals(consultant.id()))
			.toArriveAndVerify((event, client) -> assertThat(event.clientId()).isEqualTo(client.id()));
	}

}

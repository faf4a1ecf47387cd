package nl.koers.contract;

import java.util.List;

import nl.koers.KoersTest;
import nl.koers.identity.api.CurrentUser;
import nl.koers.trajectory.TrajectoryWorld;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KoersTest
class MonitoringApiTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	MonitoringScenario scenario;

	@BeforeEach
	void setUp() {
		this.scenario = new MonitoringScenario(this.context);
	}

	@Test
	void theReportGivesContractsAndProvidersWithMoneyAsDecimalStrings() throws Exception {
		this.mvc
			.perform(get("/api/v1/reports/contracts").param("date", "2007-07-02")
				.with(user(this.scenario.world.contractManager)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.date").value("2007-07-02"))
			.andExpect(jsonPath("$.contracts", hasSize(3)))
			.andExpect(jsonPath("$.contracts[0].id").value(this.scenario.contractA.id().toString()))
			.andExpect(jsonPath("$.contracts[0].figures.overdue").value(1))
			.andExpect(jsonPath("$.contracts[0].figures.outcomes.PAID_WORK").value(1))
			.andExpect(jsonPath("$.contracts[0].figures.costPerOutcome").value("21420.00"))
			.andExpect(jsonPath("$.providers[1].providerName").value("Re-integratie Noord"))
			.andExpect(jsonPath("$.providers[1].figures.committed").value("10710.00"))
			.andExpect(jsonPath("$.providers[1].figures.averageDurationDays").value(184));
	}

	@Test
	void theOverdueListHasNoClientAndAnotherMunicipalitysContractIsNotFound() throws Exception {
		String path = "/api/v1/reports/contracts/" + this.scenario.contractA.id() + "/overdue";
		this.mvc.perform(get(path).param("date", "2007-07-02").with(user(this.scenario.world.manager)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.items[0].startedOn").value("2006-01-02"))
			.andExpect(jsonPath("$.items[0].clientId").doesNotExist())
			.andExpect(jsonPath("$.items[0].clientName").doesNotExist());

		TrajectoryWorld other = new TrajectoryWorld(this.context);
		this.mvc.perform(get(path).with(user(other.manager))).andExpect(status().isNotFound());
	}

	@Test
	void consultantsAndProvidersAreRefused() throws Exception {
		for (CurrentUser user : List.of(this.scenario.world.consultant, this.scenario.world.worker)) {
			this.mvc.perform(get("/api/v1/reports/contracts").with(user(user))).andExpect(status().isForbidden());
			this.mvc
				.perform(get("/api/v1/reports/contracts/" + this.scenario.contractA.id() + "/overdue").with(user(user)))
				.andExpect(status().isForbidden());
		}
	}

}

package nl.koers.budget;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import nl.koers.Fixtures;
import nl.koers.KoersTest;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.system.PagingChecks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Budgets through the API: the KP4 reservation, one budget per source and year, stale
 * changes, and who may read and keep them.
 */
@KoersTest
class BudgetApiTests {

	private static final String PARTICIPATION = """
			{"source": "Participatiebudget", "year": 2020, "amount": "546940.00", "reservationPercentage": "5",
			 "note": "5% voor KP4"}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	Fixtures.Municipality westBetuwe;

	CurrentUser contractManager;

	@BeforeEach
	void setUp() {
		this.westBetuwe = this.fixtures.municipality();
		this.contractManager = this.westBetuwe.user(Role.CONTRACT_MANAGER);
	}

	@Test
	void fivePercentOfTheParticipationBudgetIsAvailableForKp4() throws Exception {
		String id = id(call(this.contractManager, post("/api/v1/budgets").content(PARTICIPATION))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/budgets/")))
			.andExpect(jsonPath("$.amount").value("546940.00"))
			.andExpect(jsonPath("$.available").value("27347.00"))
			.andExpect(jsonPath("$.version").value(0)));
		call(this.contractManager, get("/api/v1/budgets/{id}", id)).andExpect(status().isOk())
			.andExpect(jsonPath("$.source").value("Participatiebudget"));
		call(this.contractManager, get("/api/v1/reports/budget").param("year", "2020")).andExpect(status().isOk())
			.andExpect(jsonPath("$.year").value(2020))
			.andExpect(jsonPath("$.sources.length()").value(1))
			.andExpect(jsonPath("$.sources[0].source").value("Participatiebudget"))
			.andExpect(jsonPath("$.sources[0].budget").value("27347.00"))
			.andExpect(jsonPath("$.sources[0].committed").value("0.00"))
			.andExpect(jsonPath("$.sources[0].spent").value("0.00"))
			.andExpect(jsonPath("$.sources[0].remaining").value("27347.00"))
			.andExpect(content().string(containsString("\"warning\":null")))
			.andExpect(jsonPath("$.total.budget").value("27347.00"))
			.andExpect(jsonPath("$.total.remaining").value("27347.00"));
	}

	@Test
	void aReservationIsAPercentageOrAnAmountButNeverBoth() throws Exception {
		call(this.contractManager, post("/api/v1/budgets").content("""
				{"source": "Werkbudget", "year": 2006, "amount": "500000.00", "reservationAmount": "267750.00"}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.available").value("267750.00"));
		call(this.contractManager, post("/api/v1/budgets").content("""
				{"source": "Doeluitkering verslavingsbeleid", "year": 2006, "amount": "1000.00",
				 "reservationPercentage": "10", "reservationAmount": "100.00"}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("reservationAmount"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("Vul een gereserveerd percentage of een gereserveerd bedrag in, niet allebei."));
		call(this.contractManager, post("/api/v1/budgets").content("""
				{"source": "Doeluitkering verslavingsbeleid", "year": 2006, "amount": "1000.00",
				 "reservationAmount": "1000.01"}""")).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("reservationAmount"));
		call(this.contractManager, post("/api/v1/budgets").content("""
				{"source": "Doeluitkering verslavingsbeleid", "year": 2006, "amount": "1000.00",
				 "reservationPercentage": "0"}""")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reservationPercentage"));
		call(this.contractManager, post("/api/v1/budgets").content("""
				{"source": "Doeluitkering verslavingsbeleid", "year": 2006, "amount": "-1.00"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("amount"));
		call(this.contractManager, get("/api/v1/budgets").param("year", "2006")).andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.next").doesNotExist());
	}

	@Test
	void aSourceHasOneBudgetAYear() throws Exception {
		call(this.contractManager, post("/api/v1/budgets").content(PARTICIPATION)).andExpect(status().isCreated());
		call(this.contractManager, post("/api/v1/budgets").content(PARTICIPATION)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail")
				.value("Voor deze bron is in dit jaar al een budget vastgelegd. Wijzig dat budget."));
		call(this.contractManager, post("/api/v1/budgets").content(PARTICIPATION.replace("2020", "2021")))
			.andExpect(status().isCreated());
		call(this.contractManager, get("/api/v1/budgets")).andExpect(jsonPath("$.items.length()").value(2));
	}

	@Test
	void aStaleVersionIsRefused() throws Exception {
		String id = id(call(this.contractManager, post("/api/v1/budgets").content(PARTICIPATION)));
		String change = """
				{"source": "Participatiebudget", "year": 2020, "amount": "546940.00", "reservationAmount": "30000.00"%s}""";
		call(this.contractManager, put("/api/v1/budgets/{id}", id).content(change.formatted(", \"version\": 0")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.available").value("30000.00"))
			.andExpect(jsonPath("$.reservationPercentage").doesNotExist())
			.andExpect(jsonPath("$.version").value(1));
		call(this.contractManager, put("/api/v1/budgets/{id}", id).content(change.formatted(", \"version\": 0")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail")
				.value("Iemand anders heeft dit budget intussen gewijzigd. Open het opnieuw en probeer het nog eens."));
		call(this.contractManager,
				put("/api/v1/budgets/{id}", id).content(change.formatted(", \"version\": 1").replace("2020", "2021")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("source"));
		call(this.contractManager, put("/api/v1/budgets/{id}", id).content(change.formatted("")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
	}

	@Test
	void onlyTheContractManagerKeepsBudgetsAndManagersReadThem() throws Exception {
		String id = id(call(this.contractManager, post("/api/v1/budgets").content(PARTICIPATION)));
		for (Role role : new Role[] { Role.CONSULTANT, Role.INSTITUTION_WORKER, Role.COORDINATOR }) {
			CurrentUser other = this.westBetuwe.user(role);
			call(other, get("/api/v1/budgets")).andExpect(status().isForbidden());
			call(other, get("/api/v1/budgets/{id}", id)).andExpect(status().isForbidden());
			call(other, get("/api/v1/reports/budget").param("year", "2020")).andExpect(status().isForbidden());
			call(other, post("/api/v1/budgets").content(PARTICIPATION)).andExpect(status().isForbidden());
		}
		CurrentUser manager = this.westBetuwe.user(Role.MANAGER);
		call(manager, get("/api/v1/reports/budget").param("year", "2020")).andExpect(status().isOk())
			.andExpect(jsonPath("$.sources[0].budget").value("27347.00"));
		call(manager, get("/api/v1/budgets/{id}", id)).andExpect(status().isOk());
		call(manager, post("/api/v1/budgets").content(PARTICIPATION.replace("2020", "2022")))
			.andExpect(status().isForbidden());
		call(manager, put("/api/v1/budgets/{id}", id).content(PARTICIPATION.replace("}", ", \"version\": 0}")))
			.andExpect(status().isForbidden());
	}

	@Test
	void anotherMunicipalityNeitherSeesNorChangesTheBudget() throws Exception {
		String id = id(call(this.contractManager, post("/api/v1/budgets").content(PARTICIPATION)));
		Fixtures.Municipality delft = this.fixtures.municipality();
		CurrentUser stranger = delft.user(Role.CONTRACT_MANAGER);
		call(stranger, get("/api/v1/budgets/{id}", id)).andExpect(status().isNotFound());
		call(stranger, put("/api/v1/budgets/{id}", id).content(PARTICIPATION.replace("}", ", \"version\": 0}")))
			.andExpect(status().isNotFound());
		call(stranger, get("/api/v1/budgets")).andExpect(jsonPath("$.items.length()").value(0));
		call(stranger, post("/api/v1/budgets").content(PARTICIPATION.replace("546940.00", "1000.00")))
			.andExpect(status().isCreated());
		call(delft.user(Role.MANAGER), get("/api/v1/reports/budget").param("year", "2020"))
			.andExpect(jsonPath("$.sources.length()").value(1))
			.andExpect(jsonPath("$.sources[0].budget").value("50.00"))
			.andExpect(jsonPath("$.sources[*].budget", not(hasItem("27347.00"))));
		call(this.contractManager, get("/api/v1/reports/budget").param("year", "2020"))
			.andExpect(jsonPath("$.total.budget").value("27347.00"));
	}

	@Test
	void theReportNeedsAYear() throws Exception {
		call(this.contractManager, get("/api/v1/reports/budget")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("year"));
		call(this.contractManager, get("/api/v1/reports/budget").param("year", "twintig"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("year"));
		call(this.contractManager, get("/api/v1/reports/budget").param("year", "1999"))
			.andExpect(status().isBadRequest());
		call(this.contractManager, get("/api/v1/reports/budget").param("year", "2020")).andExpect(status().isOk())
			.andExpect(jsonPath("$.sources.length()").value(0))
			.andExpect(jsonPath("$.total.remaining").value("0.00"));
	}

	@Test
	void theBudgetsArePagedByKeyInYearAndSourceOrder() throws Exception {
		for (String budget : List.of("2027;Werkbudget", "2025;Participatiebudget", "2026;Werkbudget", "2025;Werkbudget",
				"2026;Participatiebudget")) {
			String[] parts = budget.split(";");
			call(this.contractManager, post("/api/v1/budgets").content("""
					{"source": "%s", "year": %s, "amount": "1000.00"}""".formatted(parts[1], parts[0])))
				.andExpect(status().isCreated());
		}
		PagingChecks.pagesThrough(this.mvc, this.contractManager, "/api/v1/budgets", 2, 5);
		call(this.contractManager, get("/api/v1/budgets").param("limit", "3"))
			.andExpect(jsonPath("$.items[*].year", contains(2025, 2025, 2026)))
			.andExpect(
					jsonPath("$.items[*].source", contains("Participatiebudget", "Werkbudget", "Participatiebudget")))
			.andExpect(jsonPath("$.next").exists());
		PagingChecks.pagesThrough(this.mvc, this.contractManager, "/api/v1/budgets?year=2026", 1, 2);
	}

	private ResultActions call(CurrentUser user, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.contentType(MediaType.APPLICATION_JSON).with(user(user)));
	}

	private static String id(ResultActions created) throws Exception {
		return JsonPath.read(created.andReturn().getResponse().getContentAsString(), "$.id");
	}

}

package nl.koers.system;

import java.util.Map;

import com.jayway.jsonpath.JsonPath;

import nl.koers.KoersTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KoersTest
class ApiDocsTests {

	@Autowired
	MockMvc mvc;

	@Test
	void describesTheClientsApiInOpenApi() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/clients'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/clients/{id}'].put").exists())
			.andExpect(jsonPath("$.paths['/api/v1/clients/search'].post").exists());
	}

	@Test
	void describesEveryResourceOfTheContractWithASummary() throws Exception {
		String body = this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Map<String, Map<String, Map<String, Object>>> paths = JsonPath.read(body, "$.paths");
		assertThat(paths).containsKeys("/api/v1/clients/{id}/case-lead", "/api/v1/clients/{id}/assessments",
				"/api/v1/clients/{id}/profile-decisions", "/api/v1/clients/{id}/route-changes",
				"/api/v1/clients/{id}/handover", "/api/v1/clients/{id}/history", "/api/v1/reports/routes",
				"/api/v1/tasks", "/api/v1/clients/{id}/exemptions", "/api/v1/clients/{id}/measures",
				"/api/v1/clients/{id}/timeline", "/api/v1/screening-campaigns", "/api/v1/reports/measures",
				"/api/v1/clients/{id}/appointments", "/api/v1/appointments/{id}/outcome",
				"/api/v1/clients/{id}/contacts", "/api/v1/clients/{id}/goals", "/api/v1/organisations",
				"/api/v1/organisations/{id}/services", "/api/v1/clients/{id}/consents",
				"/api/v1/clients/{id}/referrals", "/api/v1/referrals/{id}/status", "/api/v1/advice-requests",
				"/api/v1/contracts", "/api/v1/clients/{id}/trajectories", "/api/v1/trajectories/{id}/phase",
				"/api/v1/trajectories/{id}/end", "/api/v1/budgets", "/api/v1/reports/budget");
		paths.forEach((path, operations) -> operations
			.forEach((method, operation) -> assertThat(operation).as(method + " " + path).containsKey("summary")));
	}

	@Test
	void servesSwaggerUi() throws Exception {
		this.mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
	}

}

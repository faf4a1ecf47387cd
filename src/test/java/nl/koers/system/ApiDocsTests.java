package nl.koers.system;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;

import nl.koers.KoersTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
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
			.andExpect(jsonPath("$.paths['/clients'].post").exists())
			.andExpect(jsonPath("$.paths['/clients/{id}'].put").exists())
			.andExpect(jsonPath("$.paths['/clients/search'].post").exists());
	}

	@Test
	void documentsCreatesAs201WithTheirLocation() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/clients'].post.responses['201'].headers.Location").exists())
			.andExpect(jsonPath("$.paths['/clients'].post.responses['200']").doesNotExist())
			.andExpect(jsonPath("$.paths['/clients/{id}/appointments'].post.responses['201']").exists());
	}

	@Test
	void documentsWhichFieldsMayBeNull() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.schemas.ClientView.properties.namePrefix.type",
					org.hamcrest.Matchers.containsInAnyOrder("string", "null")))
			.andExpect(jsonPath("$.components.schemas.ClientView.properties.version.type").value("integer"));
	}

	@Test
	void describesEveryResourceOfTheContractWithASummary() throws Exception {
		String body = this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Map<String, Map<String, Map<String, Object>>> paths = JsonPath.read(body, "$.paths");
		assertThat(paths).containsKeys("/clients/{id}/case-lead", "/clients/{id}/assessments",
				"/clients/{id}/profile-decisions", "/clients/{id}/route-changes", "/clients/{id}/handover",
				"/clients/{id}/history", "/reports/routes", "/tasks", "/clients/{id}/exemptions",
				"/clients/{id}/measures", "/clients/{id}/timeline", "/screening-campaigns", "/reports/measures",
				"/clients/{id}/appointments", "/appointments/{id}/outcome", "/clients/{id}/contacts",
				"/clients/{id}/goals", "/organisations", "/organisations/{id}/services", "/clients/{id}/consents",
				"/clients/{id}/referrals", "/referrals/{id}/status", "/advice-requests", "/contracts",
				"/clients/{id}/trajectories", "/trajectories/{id}/phase", "/trajectories/{id}/end", "/budgets",
				"/reports/budget");
		paths.forEach((path, operations) -> operations
			.forEach((method, operation) -> assertThat(operation).as(method + " " + path).containsKey("summary")));
	}

	@Test
	void followsTheNlApiDesignRulesConventions() throws Exception {
		this.mvc.perform(get("/api/v1/openapi.json"))
			.andExpect(status().isOk())
			.andExpect(forwardedUrl("/v3/api-docs"));
		String body = this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(header().string("API-Version", "1.0.0"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<String>read(body, "$.info.version")).matches("\\d+\\.\\d+\\.\\d+");
		assertThat(JsonPath.<String>read(body, "$.servers[0].url")).isEqualTo("/api/v1");
		List<String> ids = JsonPath.read(body, "$.paths.*.*.operationId");
		assertThat(ids).doesNotHaveDuplicates().noneMatch(id -> id.matches(".*_\\d+"));
		assertThat(JsonPath.<Map<String, Object>>read(body, "$.paths['/clients'].post.responses")).containsKeys("400",
				"422");
		assertThat(JsonPath.<Object>read(body,
				"$.paths['/clients'].post.responses['400'].content['application/problem+json']"))
			.isNotNull();
	}

	@Test
	void answersWithTheApiVersionEvenWhenRefused() throws Exception {
		this.mvc.perform(get("/api/v1/clients"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("API-Version", "1.0.0"));
	}

	@Test
	void servesSwaggerUi() throws Exception {
		this.mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
	}

	@Test
	void describesTheHouseholdAndTheHouseholdCountOfTheRouteReport() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/clients/{id}/household'].get").exists())
			.andExpect(jsonPath("$.paths['/clients/{id}/household'].put").exists())
			.andExpect(jsonPath("$.components.schemas.ClientView.properties.household").exists())
			.andExpect(jsonPath("$.paths['/reports/routes'].get.parameters[?(@.name == 'count')].schema.enum[*]",
					org.hamcrest.Matchers.containsInAnyOrder("CLIENTS", "HOUSEHOLDS")));
	}

}

package nl.koers.coordination;

import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import nl.koers.KoersTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The coordination point's endpoints are described in the OpenAPI document, each with a
 * summary.
 */
@KoersTest
class CoordinationApiDocsTests {

	@Autowired
	MockMvc mvc;

	@Test
	void describesAdviceRequestsAndSignals() throws Exception {
		String body = this.mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
		Map<String, Map<String, Map<String, Object>>> paths = JsonPath.read(body, "$.paths");
		assertThat(paths).containsKeys("/advice-requests", "/advice-requests/{id}", "/advice-requests/{id}/answer",
				"/clients/{id}/signals", "/signals", "/signals/{id}", "/signals/{id}/follow-ups");
		paths.entrySet()
			.stream()
			.filter(path -> path.getKey().contains("advice-requests") || path.getKey().contains("signals"))
			.forEach(path -> path.getValue()
				.forEach((method, operation) -> assertThat(operation).as(method + " " + path.getKey())
					.containsKey("summary")));
	}

}

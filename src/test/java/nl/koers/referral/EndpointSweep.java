package nl.koers.referral;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every GET endpoint of the API (every one in the OpenAPI description), called by one
 * caller with the same id wherever a path takes one.
 */
final class EndpointSweep {

	private EndpointSweep() {
	}

	static List<Answer> everyGet(MockMvc mvc, UUID id, RequestPostProcessor caller) throws Exception {
		String docs = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
		Map<String, Map<String, Object>> paths = JsonPath.read(docs, "$.paths");
		String server = JsonPath.read(docs, "$.servers[0].url");
		List<Answer> answers = new ArrayList<>();
		for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
			if (path.getValue().containsKey("get")) {
				String url = server + path.getKey().replaceAll("\\{[^}]+}", id.toString());
				answers
					.add(new Answer(path.getKey(), url, mvc.perform(get(url).with(caller)).andReturn().getResponse()));
			}
		}
		return answers;
	}

	/**
	 * What one endpoint answered: its path as the description names it, the address
	 * called and the response.
	 */
	record Answer(String path, String url, MockHttpServletResponse response) {

		int status() {
			return this.response.getStatus();
		}

		String body() throws Exception {
			return this.response.getContentAsString();
		}

	}

}

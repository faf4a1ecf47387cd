package nl.koers.system.web;

import nl.koers.KoersTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

/**
 * Every answer names its request: the proxy's well-formed {@code X-Request-Id}, or a new
 * one.
 */
@KoersTest
class RequestIdTests {

	private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

	@Autowired
	MockMvc mvc;

	@Test
	void aWellFormedIdFromTheProxyIsKept() throws Exception {
		this.mvc.perform(get("/login").header("X-Request-Id", "4bf92f3577b34da6a3ce929d0e0e4736"))
			.andExpect(header().string("X-Request-Id", "4bf92f3577b34da6a3ce929d0e0e4736"));
	}

	@Test
	void withoutAnIdEveryRequestGetsANewOne() throws Exception {
		String first = requestId(null);
		String second = requestId(null);
		assertThat(first).matches(UUID);
		assertThat(second).matches(UUID).isNotEqualTo(first);
	}

	@ParameterizedTest
	@ValueSource(strings = { "short", "line\nforged log line", "{\"json\":1}", "123456782 Jan Jansen",
			"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" })
	void anIdThatIsNotWellFormedIsReplaced(String sent) throws Exception {
		assertThat(requestId(sent)).matches(UUID);
	}

	@Test
	void refusedRequestsAreNamedToo() throws Exception {
		this.mvc.perform(get("/api/v1/clients").header("X-Request-Id", "refused-request-0001"))
			.andExpect(header().string("X-Request-Id", "refused-request-0001"));
	}

	private String requestId(String sent) throws Exception {
		MockHttpServletRequestBuilder request = get("/login");
		if (sent != null) {
			request.header("X-Request-Id", sent);
		}
		return this.mvc.perform(request).andReturn().getResponse().getHeader("X-Request-Id");
	}

}

package nl.koers.system.web;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The scrape token: long enough or Koers does not start; unset, nobody reads the metrics.
 */
class ScrapeTokenTests {

	private static final String TOKEN = "0123456789abcdef0123456789abcdef";

	@Test
	void aShortTokenStopsTheStartNamingTheProperty() {
		assertThatIllegalStateException().isThrownBy(() -> new ScrapeToken("koers-demo"))
			.withMessageContaining("koers.metrics.scrape-token")
			.withMessageContaining("32");
	}

	@Test
	void onlyTheTokenAsBearerIsAccepted() {
		ScrapeToken token = new ScrapeToken(TOKEN);
		assertThat(token.presentedIn(request("Bearer " + TOKEN))).isTrue();
		assertThat(token.presentedIn(request("Bearer " + TOKEN.substring(1)))).isFalse();
		assertThat(token.presentedIn(request("Basic " + TOKEN))).isFalse();
		assertThat(token.presentedIn(request(null))).isFalse();
	}

	@Test
	void unsetNobodyIsAccepted() {
		ScrapeToken token = new ScrapeToken("");
		assertThat(token.presentedIn(request("Bearer "))).isFalse();
		assertThat(token.presentedIn(request("Bearer " + TOKEN))).isFalse();
	}

	private static MockHttpServletRequest request(String authorization) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/prometheus");
		if (authorization != null) {
			request.addHeader(HttpHeaders.AUTHORIZATION, authorization);
		}
		return request;
	}

}

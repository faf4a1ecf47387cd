package nl.koers.system.web;

import nl.koers.KoersTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KoersTest
class ResourceLinksTests {

	@Autowired
	MockMvc mvc;

	@Test
	void pagesLinkToWebJarsWithoutAVersionAndTheWebJarIsServed() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("src=\"/webjars/htmx.org/dist/htmx.min.js\"")));
		this.mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("htmx")));
	}

	@Test
	void pagesHaveTheFaviconAndAnyoneMayFetchIt() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(content().string(containsString("<link rel=\"icon\" href=\"/favicon.ico\"")));
		this.mvc.perform(get("/favicon.ico")).andExpect(status().isOk());
	}

}

package nl.koers.system.web;

import nl.koers.Fixtures;
import nl.koers.KoersTest;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A form bound to a record whose value cannot be converted (a malformed date) shows the
 * page again with the message at that field and the other values kept.
 */
@KoersTest
class FormConversionErrorTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void aMalformedDateKeepsItsMessageAtTheField() throws Exception {
		CurrentUser consultant = this.fixtures.municipality().user(Role.CONSULTANT);
		MultiValueMap<String, String> form = Fixtures.details().name("Mila", "Malformed").form();
		form.set("dateOfBirth", "31-02-19x9");
		var result = this.mvc.perform(post("/clients").params(form).with(csrf()).with(user(consultant)))
			.andExpect(status().isBadRequest())
			.andReturn();
		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(page.select("#dateOfBirth-error").text()).isEqualTo("Vul een geldige datum in.");
		assertThat(page.select("#dateOfBirth").hasClass("invalid")).isTrue();
		assertThat(page.select("#familyName").val()).isEqualTo("Malformed");
		assertThat(page.select("#dateOfBirth").val()).isEqualTo("31-02-19x9");
	}

}

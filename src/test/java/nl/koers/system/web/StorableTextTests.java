package nl.koers.system.web;

import nl.koers.Fixtures;
import nl.koers.Fixtures.Municipality;
import nl.koers.KoersTest;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A NUL character, which PostgreSQL cannot store, is refused as bad input naming the
 * field: in a JSON body, a query parameter and a form.
 */
@KoersTest
class StorableTextTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	Municipality municipality;

	CurrentUser consultant;

	@BeforeEach
	void setUp() {
		this.municipality = this.fixtures.municipality();
		this.consultant = this.municipality.user(Role.CONSULTANT);
	}

	@Test
	void aNulInAJsonFieldIsA400NamingTheField() throws Exception {
		this.mvc
			.perform(post("/api/v1/clients").with(user(this.consultant))
				.contentType(MediaType.APPLICATION_JSON)
				.content(Fixtures.details().name("Jan\u0000", "Jansen").json()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("givenName")));
		assertThat(clients()).isZero();
	}

	@Test
	void aNulInAQueryParameterIsA400NamingTheParameterOnAGetToo() throws Exception {
		this.mvc.perform(get("/api/v1/clients").param("next", "abc\u0000").with(user(this.consultant)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("next")));
	}

	@Test
	void aNulInAFormFieldIsRefusedAndNothingIsStored() throws Exception {
		this.mvc
			.perform(post("/clients").with(user(this.consultant))
				.with(csrf())
				.param("bsn", Fixtures.nextBsn())
				.param("givenName", "Jan\u0000")
				.param("familyName", "Jansen")
				.param("dateOfBirth", "1980-04-12")
				.param("benefitStartDate", "2019-03-01"))
			.andExpect(status().isBadRequest());
		assertThat(clients()).isZero();
	}

	private int clients() {
		return this.jdbc.sql("select count(*) from client where municipality_id = ?")
			.param(this.municipality.id())
			.query(Integer.class)
			.single();
	}

}

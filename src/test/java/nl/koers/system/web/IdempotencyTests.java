package nl.koers.system.web;

import java.util.UUID;

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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KoersTest
class IdempotencyTests {

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
	void aRepeatedPostWithTheSameKeyAndBodyGetsTheFirstAnswerAndCreatesOneRecord() throws Exception {
		String key = UUID.randomUUID().toString();
		String body = Fixtures.details().json();
		MvcResult first = register(this.consultant, key, body).andExpect(status().isCreated()).andReturn();

		register(this.consultant, key, body).andExpect(status().isCreated())
			.andExpect(header().string("Location", first.getResponse().getHeader("Location")))
			.andExpect(header().string("Idempotent-Replayed", "true"))
			.andExpect(jsonPath("$.id").value(first.getResponse().getHeader("Location").replaceFirst(".*/", "")));
		assertThat(clients()).isEqualTo(1);
	}

	@Test
	void theSameKeyWithAnotherBodyIsRefusedAndAnotherCallersKeyIsTheirOwn() throws Exception {
		String key = UUID.randomUUID().toString();
		register(this.consultant, key, Fixtures.details().json()).andExpect(status().isCreated());

		register(this.consultant, key, Fixtures.details().json()).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail")
				.value("Deze Idempotency-Key is al gebruikt voor een ander verzoek; gebruik een nieuwe sleutel."));
		register(this.municipality.user(Role.CONSULTANT), key, Fixtures.details().json())
			.andExpect(status().isCreated());
		assertThat(clients()).isEqualTo(2);
	}

	@Test
	void aKeyWhoseFirstRequestIsStillRunningGets409AndAnInvalidKey400() throws Exception {
		String body = Fixtures.details().json();
		this.jdbc
			.sql("insert into idempotent_request (caller, request_key, method, path, body_hash, created_at) "
					+ "values (?, 'busy', 'POST', '/api/v1/clients', sha256(convert_to(?, 'UTF8')), now())")
			.params(this.consultant.getUsername(), body)
			.update();

		register(this.consultant, "busy", body).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("wordt nog verwerkt")));
		register(this.consultant, "with space", body).andExpect(status().isBadRequest());
		register(this.consultant, "x".repeat(256), body).andExpect(status().isBadRequest());
		assertThat(clients()).isZero();
	}

	/**
	 * A claim that never got its answer (the answer could not be kept after the change
	 * was committed) is not taken for a request still running once it is older than any
	 * request runs: the retry is told the outcome is unknown, and is not run again.
	 */
	@Test
	void aKeyWhoseAnswerWasNeverKeptIsNotRunAgain() throws Exception {
		String body = Fixtures.details().json();
		this.jdbc.sql("insert into idempotent_request (caller, request_key, method, path, body_hash, created_at) "
				+ "values (?, 'lost', 'POST', '/api/v1/clients', sha256(convert_to(?, 'UTF8')), now() - ?::interval)")
			.params(this.consultant.getUsername(), body, IdempotencyFilter.PROCESSING.plusSeconds(1).toSeconds() + " s")
			.update();

		register(this.consultant, "lost", body).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers
				.startsWith("Het eerste verzoek met deze Idempotency-Key is mogelijk verwerkt")));
		assertThat(clients()).isZero();
	}

	@Test
	void aRefusedRequestIsAnsweredTheSameAgain() throws Exception {
		String key = UUID.randomUUID().toString();
		String invalid = Fixtures.details().bsn("123456789").json();
		register(this.consultant, key, invalid).andExpect(status().isBadRequest());
		register(this.consultant, key, invalid).andExpect(status().isBadRequest())
			.andExpect(header().string("Idempotent-Replayed", "true"));
	}

	private ResultActions register(CurrentUser user, String key, String body) throws Exception {
		return this.mvc.perform(post("/api/v1/clients").with(user(user))
			.header(IdempotencyFilter.HEADER, key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private int clients() {
		return this.jdbc.sql("select count(*) from client where municipality_id = ?")
			.param(this.municipality.id())
			.query(Integer.class)
			.single();
	}

}

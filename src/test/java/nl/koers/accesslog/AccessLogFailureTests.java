package nl.koers.accesslog;

import nl.koers.Fixtures;
import nl.koers.Fixtures.Municipality;
import nl.koers.KoersTest;
import nl.koers.client.api.ClientView;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * When the access log cannot be written, no client data leaves Koers and no change is
 * kept.
 */
@KoersTest
class AccessLogFailureTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@MockitoSpyBean
	AccessLogStore store;

	@Test
	void returnsNoDataAndKeepsNoChangeWhenTheLogCannotBeWritten() throws Exception {
		Municipality municipality = this.fixtures.municipality();
		CurrentUser consultant = municipality.user(Role.CONSULTANT);
		ClientView client = municipality.client(consultant, Fixtures.details().name("Geheim", "Dossier"));
		doThrow(new DataAccessResourceFailureException("disk full")).when(this.store).append(any(NewEntries.class));
		try {
			this.mvc.perform(get("/api/v1/clients/" + client.id()).with(user(consultant)))
				.andExpect(status().isServiceUnavailable())
				.andExpect(content().string(not(containsString("Dossier"))));
			this.mvc.perform(get("/clients/" + client.id()).with(user(consultant)))
				.andExpect(status().isServiceUnavailable())
				.andExpect(content().string(not(containsString("Dossier"))));
			String bsn = Fixtures.nextBsn();
			this.mvc
				.perform(post("/api/v1/clients").with(user(consultant))
					.contentType(MediaType.APPLICATION_JSON)
					.content(Fixtures.details().bsn(bsn).json()))
				.andExpect(status().isServiceUnavailable());
			assertThat(this.jdbc.sql("select count(*) from client where bsn = ? and municipality_id = ?")
				.params(bsn, municipality.id())
				.query(Integer.class)
				.single()).isZero();
		}
		finally {
			reset(this.store);
		}
	}

}

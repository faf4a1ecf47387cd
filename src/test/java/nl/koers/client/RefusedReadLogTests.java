package nl.koers.client;

import java.util.List;

import nl.koers.Fixtures;
import nl.koers.Fixtures.Municipality;
import nl.koers.KoersTest;
import nl.koers.ReasonOfAccess;
import nl.koers.client.api.ClientView;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The access log records a refused read as {@code DENIED} and nothing else: a form that
 * changes a client, opened by someone who may read the client but not change them, is a
 * 403 with one denied entry and no successful read; a client of another municipality is a
 * 404 with one denied entry. The case lead's form is one read.
 */
@KoersTest
class RefusedReadLogTests {

	/**
	 * The forms of the client file that show the client's data and change them, one per
	 * module that has such a form.
	 */
	private static final List<String> FORMS = List.of("/edit", "/route/profile", "/route/review", "/goals/new",
			"/agreements/new", "/conversations/contacts/new", "/conversations/appointments/new", "/assessments/new");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	Municipality municipality;

	CurrentUser caseLead;

	ClientView client;

	@BeforeEach
	void setUp() {
		this.municipality = this.fixtures.municipality();
		this.caseLead = this.municipality.user(Role.CONSULTANT);
		this.client = this.municipality.client(this.caseLead);
	}

	@Test
	void theRefusedEditPageIsOneDeniedEntryAndNoRead() throws Exception {
		CurrentUser colleague = this.municipality.user(Role.CONSULTANT);
		RequestPostProcessor withReason = ReasonOfAccess.userWithReason(this.mvc, colleague, this.client.id());

		this.mvc.perform(get("/clients/" + this.client.id() + "/edit").with(withReason))
			.andExpect(status().isForbidden());

		assertThat(entries(colleague)).containsExactly("READ DENIED GET /clients/{id}/edit");
	}

	@Test
	void everyRefusedFormOfTheFileIsDeniedAndNeverARead() throws Exception {
		CurrentUser colleague = this.municipality.user(Role.CONSULTANT);
		RequestPostProcessor withReason = ReasonOfAccess.userWithReason(this.mvc, colleague, this.client.id());

		for (String form : FORMS) {
			this.mvc.perform(get("/clients/" + this.client.id() + form).with(withReason))
				.andExpect(status().isForbidden());
		}

		List<String> entries = entries(colleague);
		assertThat(entries).hasSize(FORMS.size()).allMatch(entry -> entry.startsWith("READ DENIED GET /clients/"));
		assertThat(entries).noneMatch(entry -> entry.contains("SUCCESS"));
	}

	@Test
	void anotherMunicipalityGetsNotFoundLoggedAsDenied() throws Exception {
		CurrentUser stranger = this.fixtures.municipality().user(Role.COORDINATOR);

		this.mvc.perform(get("/clients/" + this.client.id() + "/edit").with(user(stranger)))
			.andExpect(status().isNotFound());

		assertThat(entries(stranger)).containsExactly("READ DENIED GET /clients/{id}/edit");
	}

	@Test
	void theCaseLeadsEditPageIsOneRead() throws Exception {
		this.mvc.perform(get("/clients/" + this.client.id() + "/edit").with(user(this.caseLead)))
			.andExpect(status().isOk());

		assertThat(entries(this.caseLead)).containsExactly("READ SUCCESS GET /clients/{id}/edit");
	}

	/**
	 * The user's entries for the client after its registration, oldest first, as "action
	 * outcome purpose".
	 */
	private List<String> entries(CurrentUser user) {
		return this.jdbc
			.sql("select action || ' ' || outcome || ' ' || purpose from access_log_entry "
					+ "where client_id = ? and user_id = ? and action <> 'CREATE' order by id")
			.params(this.client.id(), user.id())
			.query(String.class)
			.list();
	}

}

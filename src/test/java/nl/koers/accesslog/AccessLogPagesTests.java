package nl.koers.accesslog;

import nl.koers.Fixtures.Municipality;
import nl.koers.Fixtures;
import nl.koers.KoersTest;
import nl.koers.client.api.ClientView;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The auditor's pages: who looked at which file, for the own municipality only.
 */
@KoersTest
class AccessLogPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	Municipality municipality;

	CurrentUser consultant;

	CurrentUser auditor;

	ClientView client;

	@BeforeEach
	void setUp() {
		this.municipality = this.fixtures.municipality();
		this.consultant = this.municipality.user(Role.CONSULTANT);
		this.auditor = this.municipality.user(Role.AUDITOR);
		this.client = this.municipality.client(this.consultant, Fixtures.details().name("Kees", "Kuipers"));
	}

	@Test
	void auditorSeesWhoOpenedTheFileThroughTheScreen() throws Exception {
		this.mvc.perform(get("/clients/" + this.client.id()).with(user(this.consultant))).andExpect(status().isOk());
		this.mvc.perform(get("/access-log/clients/" + this.client.id()).with(user(this.auditor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.consultant.displayName())))
			.andExpect(content().string(containsString("Kuipers")));
		this.mvc.perform(get("/access-log").param("clientId", this.client.id().toString()).with(user(this.auditor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("GET /clients/{id}")));
	}

	@Test
	void auditorFindsTheClientByBsnInAPostBody() throws Exception {
		this.mvc.perform(
				post("/access-log/find-client").with(user(this.auditor)).with(csrf()).param("bsn", this.client.bsn()))
			.andExpect(redirectedUrl("/access-log/clients/" + this.client.id()));
	}

	@Test
	void auditorOfAnotherMunicipalityGetsNothing() throws Exception {
		CurrentUser otherAuditor = this.fixtures.municipality().user(Role.AUDITOR);
		this.mvc.perform(get("/access-log/clients/" + this.client.id()).with(user(otherAuditor)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/access-log").with(user(otherAuditor)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Kuipers"))))
			.andExpect(content().string(not(containsString(this.consultant.displayName()))));
		this.mvc.perform(
				post("/access-log/find-client").with(user(otherAuditor)).with(csrf()).param("bsn", this.client.bsn()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Er is geen cliënt met dit BSN in uw gemeente.")))
			.andExpect(content().string(not(containsString("Kuipers"))));
	}

	@Test
	void nobodyButTheAuditorOpensTheAccessLogPages() throws Exception {
		for (Role role : new Role[] { Role.CONSULTANT, Role.COORDINATOR, Role.CONTRACT_MANAGER, Role.MANAGER,
				Role.INSTITUTION_WORKER, Role.ADMINISTRATOR }) {
			CurrentUser someone = this.municipality.user(role);
			this.mvc.perform(get("/access-log").with(user(someone))).andExpect(status().isForbidden());
			this.mvc.perform(get("/access-log/clients/" + this.client.id()).with(user(someone)))
				.andExpect(status().isForbidden());
		}
	}

}

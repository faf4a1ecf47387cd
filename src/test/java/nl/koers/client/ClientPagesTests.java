package nl.koers.client;

import nl.koers.client.api.ClientView;

import nl.koers.Fixtures;
import nl.koers.Fixtures.Municipality;
import nl.koers.KoersTest;
import nl.koers.ReasonOfAccess;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The client pages enforce role, municipality and need-to-know on the server.
 */
@KoersTest
class ClientPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	Municipality westBetuwe;

	CurrentUser consultant;

	ClientView client;

	@BeforeEach
	void setUp() {
		this.westBetuwe = this.fixtures.municipality();
		this.consultant = this.westBetuwe.user(Role.CONSULTANT);
		this.client = this.westBetuwe.client(this.consultant, Fixtures.details().name("Petra", "Vermeulen"));
	}

	@Test
	void consultantSeesOwnCaseloadAndTheFile() throws Exception {
		this.mvc.perform(get("/clients").with(user(this.consultant)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vermeulen")));
		this.mvc.perform(get("/clients/" + this.client.id()).with(user(this.consultant)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.client.bsn())))
			.andExpect(header().string("Cache-Control", containsString("no-store")));
	}

	@Test
	void consultantsCaseloadLeavesOutOtherCaseloads() throws Exception {
		CurrentUser colleague = this.westBetuwe.user(Role.CONSULTANT);
		this.mvc.perform(get("/clients").with(user(colleague)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Vermeulen"))));
	}

	@Test
	void consultantOfAnotherMunicipalityGetsNotFoundEverywhere() throws Exception {
		CurrentUser delft = this.fixtures.municipality().user(Role.CONSULTANT, Role.COORDINATOR);
		String file = "/clients/" + this.client.id();
		this.mvc.perform(get(file).with(user(delft))).andExpect(status().isNotFound());
		this.mvc.perform(get(file + "/edit").with(user(delft))).andExpect(status().isNotFound());
		this.mvc.perform(post(file).with(user(delft)).with(csrf()).params(Fixtures.details().version(0).form()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post(file + "/case-lead").with(user(delft))
				.with(csrf())
				.param("caseLeadId", delft.id().toString())
				.param("version", "0"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/clients").with(user(delft)))
			.andExpect(content().string(not(containsString("Vermeulen"))));
		this.mvc.perform(post("/clients/search").with(user(delft)).with(csrf()).param("bsn", this.client.bsn()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Vermeulen"))));
	}

	@Test
	void managerGetsForbiddenOnEveryClientPage() throws Exception {
		CurrentUser manager = this.westBetuwe.user(Role.MANAGER);
		for (String page : new String[] { "/clients", "/clients/search", "/clients/new", "/clients/" + this.client.id(),
				"/clients/" + this.client.id() + "/edit" }) {
			this.mvc.perform(get(page).with(user(manager)))
				.andExpect(status().isForbidden())
				.andExpect(content().string(not(containsString("Vermeulen"))));
		}
	}

	@Test
	void institutionWorkerSeesNoClients() throws Exception {
		CurrentUser worker = this.westBetuwe.user(Role.INSTITUTION_WORKER);
		this.mvc.perform(get("/clients").with(user(worker)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Vermeulen"))));
		this.mvc.perform(get("/clients/" + this.client.id()).with(user(worker))).andExpect(status().isNotFound());
		this.mvc.perform(post("/clients/search").with(user(worker)).with(csrf()).param("name", "Vermeulen"))
			.andExpect(content().string(not(containsString("Petra"))));
		this.mvc.perform(get("/clients/new").with(user(worker))).andExpect(status().isForbidden());
	}

	@Test
	void registersThroughTheFormAndRedirectsToTheFile() throws Exception {
		this.mvc.perform(post("/clients").with(user(this.consultant)).with(csrf()).params(Fixtures.details().form()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/clients/*"));
	}

	@Test
	void refusesAFormWithoutCsrfToken() throws Exception {
		this.mvc.perform(post("/clients").with(user(this.consultant)).params(Fixtures.details().form()))
			.andExpect(status().isForbidden());
	}

	@Test
	void showsTheBsnErrorNextToTheField() throws Exception {
		this.mvc
			.perform(post("/clients").with(user(this.consultant))
				.with(csrf())
				.params(Fixtures.details().bsn("123456789").form()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("elfproef")));
	}

	@Test
	void refusesABsnAlreadyRegisteredWithConflict() throws Exception {
		this.mvc
			.perform(post("/clients").with(user(this.consultant))
				.with(csrf())
				.params(Fixtures.details().bsn(this.client.bsn()).form()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("al een cliënt met dit BSN")));
	}

	@Test
	void staleEditGetsConflictAndAClearMessage() throws Exception {
		String file = "/clients/" + this.client.id();
		this.mvc
			.perform(post(file).with(user(this.consultant))
				.with(csrf())
				.params(Fixtures.details().bsn(this.client.bsn()).name("Petra", "Vermeer").version(0).form()))
			.andExpect(status().isFound());
		this.mvc
			.perform(post(file).with(user(this.consultant))
				.with(csrf())
				.params(Fixtures.details().bsn(this.client.bsn()).name("Petra", "Visser").version(0).form()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("intussen door iemand anders gewijzigd")));
	}

	@Test
	void consultantWhoIsNotCaseLeadMayReadButNotChange() throws Exception {
		CurrentUser colleague = this.westBetuwe.user(Role.CONSULTANT);
		String file = "/clients/" + this.client.id();
		RequestPostProcessor withReason = ReasonOfAccess.userWithReason(this.mvc, colleague, this.client.id());
		this.mvc.perform(get(file).with(withReason)).andExpect(status().isOk());
		this.mvc.perform(get(file + "/edit").with(withReason)).andExpect(status().isForbidden());
		this.mvc
			.perform(post(file).with(withReason)
				.with(csrf())
				.params(Fixtures.details().bsn(this.client.bsn()).version(0).form()))
			.andExpect(status().isForbidden());
	}

	@Test
	void anonymousVisitorIsSentToLogin() throws Exception {
		this.mvc.perform(get("/clients/" + this.client.id()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
	}

}

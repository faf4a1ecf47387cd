package nl.koers.identity;

import nl.koers.Fixtures;
import nl.koers.Fixtures.Municipality;
import nl.koers.KoersTest;
import nl.koers.SecondFactorCodes;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.identity.api.SecondFactors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A user's own password, and an administrator's reset of someone's second factor.
 */
@KoersTest
class OwnAccountTests {

	private static final String NEW_PASSWORD = "een-lang-nieuw-wachtwoord";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	SecondFactors secondFactors;

	Municipality municipality;

	CurrentUser consultant;

	@BeforeEach
	void setUp() {
		this.municipality = this.fixtures.municipality();
		this.consultant = this.municipality.user(Role.CONSULTANT);
	}

	@Test
	void aUserChangesTheirPasswordAndTheirOtherSessionsEnd() throws Exception {
		SignInSession other = new SignInSession(this.mvc);
		other.password(this.consultant.getUsername()).andExpect(redirectedUrl("/"));
		SignInSession session = new SignInSession(this.mvc);
		session.password(this.consultant.getUsername()).andExpect(redirectedUrl("/"));
		session.perform(get("/account/password")).andExpect(status().isOk());
		change(session, Fixtures.PASSWORD, NEW_PASSWORD, NEW_PASSWORD).andExpect(redirectedUrl("/"));
		session.perform(get("/clients")).andExpect(status().isOk());
		other.perform(get("/clients")).andExpect(redirectedUrl("/login"));
		new SignInSession(this.mvc).password(this.consultant.getUsername()).andExpect(redirectedUrl("/login?error"));
		new SignInSession(this.mvc).password(this.consultant.getUsername(), NEW_PASSWORD).andExpect(redirectedUrl("/"));
	}

	@Test
	void aNewPasswordFollowsThePolicy() throws Exception {
		SignInSession session = new SignInSession(this.mvc);
		session.password(this.consultant.getUsername());
		refused(change(session, Fixtures.PASSWORD, "kort-genoeg", "kort-genoeg"), "password", "minstens 12 tekens");
		refused(change(session, Fixtures.PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "x"), "repeat", "niet gelijk");
		String withName = "x" + this.consultant.getUsername() + "-geheim";
		refused(change(session, Fixtures.PASSWORD, withName, withName), "password", "gebruikersnaam");
		refused(change(session, Fixtures.PASSWORD, Fixtures.PASSWORD, Fixtures.PASSWORD), "password",
				"ander wachtwoord");
		refused(change(session, "verkeerd-wachtwoord", NEW_PASSWORD, NEW_PASSWORD), "currentPassword", "klopt niet");
		new SignInSession(this.mvc).password(this.consultant.getUsername()).andExpect(redirectedUrl("/"));
	}

	@Test
	void thePasswordPageIsOnlyForTheSignedIn() throws Exception {
		this.mvc.perform(get("/account/password")).andExpect(redirectedUrl("/login"));
		this.mvc
			.perform(post("/account/password").with(csrf())
				.param("currentPassword", Fixtures.PASSWORD)
				.param("password", NEW_PASSWORD)
				.param("repeat", NEW_PASSWORD))
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void anAdministratorResetsASecondFactorRecordedAndTheUserIsSignedOut() throws Exception {
		CurrentUser administrator = this.municipality.user(Role.ADMINISTRATOR);
		CurrentUser auditor = this.municipality.user(Role.AUDITOR);
		this.secondFactors.enrol(auditor.id(), SecondFactorCodes.SECRET);
		SignInSession session = new SignInSession(this.mvc);
		session.password(auditor.getUsername()).andExpect(redirectedUrl("/second-factor"));
		session.code(SecondFactorCodes.next(SecondFactorCodes.SECRET)).andExpect(redirectedUrl("/"));
		session.perform(get("/access-log")).andExpect(status().isOk());

		this.mvc
			.perform(post("/admin/users/" + auditor.id() + "/second-factor/reset").with(user(administrator))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/users/" + auditor.id()));

		session.perform(get("/access-log")).andExpect(redirectedUrl("/login"));
		new SignInSession(this.mvc).password(auditor.getUsername()).andExpect(redirectedUrl("/second-factor/enrol"));
		String page = this.mvc.perform(get("/admin/users/" + auditor.id()).with(user(administrator)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(page).select("#account-events li").text())
			.contains("Tweede stap opnieuw ingesteld door " + administrator.displayName());
	}

	@Test
	void onlyAnAdministratorOfTheSameMunicipalityResetsASecondFactor() throws Exception {
		CurrentUser auditor = this.municipality.user(Role.AUDITOR);
		this.secondFactors.enrol(auditor.id(), SecondFactorCodes.SECRET);
		CurrentUser elsewhere = this.fixtures.municipality().user(Role.ADMINISTRATOR);
		this.mvc
			.perform(post("/admin/users/" + auditor.id() + "/second-factor/reset").with(user(elsewhere)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/admin/users/" + auditor.id() + "/second-factor/reset").with(user(this.consultant))
				.with(csrf()))
			.andExpect(status().isForbidden());
		new SignInSession(this.mvc).password(auditor.getUsername()).andExpect(redirectedUrl("/second-factor"));
	}

	private ResultActions change(SignInSession session, String current, String password, String repeat)
			throws Exception {
		return session.perform(post("/account/password").with(csrf())
			.param("currentPassword", current)
			.param("password", password)
			.param("repeat", repeat));
	}

	private static void refused(ResultActions result, String field, String text) throws Exception {
		result.andExpect(status().isBadRequest()).andExpect(content().string(containsString(text)));
		String html = result.andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(html).getElementById(field + "-error").text()).contains(text);
	}

}

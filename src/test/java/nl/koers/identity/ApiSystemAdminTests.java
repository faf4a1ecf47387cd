package nl.koers.identity;

import java.util.UUID;

import nl.koers.Fixtures;
import nl.koers.Fixtures.Municipality;
import nl.koers.KoersTest;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An administrator registers, rotates and revokes the systems of their own municipality;
 * the secret is shown once and every step is in the system's history. Nobody else reaches
 * these pages or another municipality's systems.
 */
@KoersTest
class ApiSystemAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ApiSystemRepository systems;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	PasswordEncoder passwordEncoder;

	Municipality municipality;

	CurrentUser administrator;

	UUID organisation;

	@BeforeEach
	void setUp() {
		this.municipality = this.fixtures.municipality();
		this.administrator = this.municipality.user(Role.ADMINISTRATOR);
		this.organisation = this.municipality.user(Role.INSTITUTION_WORKER).organisationId();
	}

	@Test
	void registersAnInstitutionsSystemShowingTheSecretOnceAndRecordingIt() throws Exception {
		String clientId = clientId();
		MvcResult result = this.mvc
			.perform(post("/admin/systems").with(user(this.administrator))
				.with(csrf())
				.param("name", "Cliëntsysteem Instelling")
				.param("clientId", clientId)
				.param("organisationId", this.organisation.toString())
				.param("role", "COORDINATOR")
				.param("scopes", "REFERRALS", "TRAJECTORIES"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(content().string(containsString("Geregistreerd")))
			.andReturn();
		ApiSystem stored = this.systems.findByClientId(clientId).orElseThrow();
		String secret = secretOn(result);
		assertThat(this.passwordEncoder.matches(secret, stored.getSecretHash())).isTrue();
		assertThat(stored.getRole()).as("an institution's system acts as its worker")
			.isEqualTo(Role.INSTITUTION_WORKER);
		assertThat(stored.getOrganisationId()).isEqualTo(this.organisation);
		this.mvc.perform(get("/admin/systems/" + stored.getId()).with(user(this.administrator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.administrator.displayName())))
			.andExpect(content().string(not(containsString(secret))));
		this.mvc.perform(get("/admin/systems").with(user(this.administrator)))
			.andExpect(content().string(containsString(clientId)));
	}

	@Test
	void aMunicipalSystemNeedsARoleThatIsNotAdministratorOrAuditor() throws Exception {
		for (String role : new String[] { "", "ADMINISTRATOR", "AUDITOR" }) {
			this.mvc
				.perform(post("/admin/systems").with(user(this.administrator))
					.with(csrf())
					.param("name", "Inkomensadministratie")
					.param("clientId", clientId())
					.param("role", role)
					.param("scopes", "REPORTS"))
				.andExpect(status().isBadRequest());
		}
		String clientId = clientId();
		this.mvc
			.perform(post("/admin/systems").with(user(this.administrator))
				.with(csrf())
				.param("name", "Inkomensadministratie")
				.param("clientId", clientId)
				.param("role", "MANAGER")
				.param("scopes", "REPORTS"))
			.andExpect(status().isOk());
		assertThat(this.systems.findByClientId(clientId).orElseThrow().getRole()).isEqualTo(Role.MANAGER);
	}

	@Test
	void rotatesAndRevokesWithTheStepsInTheHistory() throws Exception {
		UUID id = register();
		String before = this.systems.findById(id).orElseThrow().getSecretHash();
		MvcResult rotated = this.mvc
			.perform(post("/admin/systems/" + id + "/rotation").with(user(this.administrator)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andReturn();
		ApiSystem after = this.systems.findById(id).orElseThrow();
		assertThat(after.getSecretHash()).isNotEqualTo(before);
		assertThat(this.passwordEncoder.matches(secretOn(rotated), after.getSecretHash())).isTrue();
		this.mvc.perform(post("/admin/systems/" + id + "/revocation").with(user(this.administrator)).with(csrf()))
			.andExpect(redirectedUrl("/admin/systems/" + id));
		assertThat(this.systems.findById(id).orElseThrow().isRevoked()).isTrue();
		this.mvc.perform(get("/admin/systems/" + id).with(user(this.administrator)))
			.andExpect(content().string(containsString("Nieuw geheim gemaakt")))
			.andExpect(content().string(containsString("Ingetrokken")));
		this.mvc.perform(post("/admin/systems/" + id + "/rotation").with(user(this.administrator)).with(csrf()))
			.andExpect(status().isConflict());
	}

	@Test
	void nobodyButTheMunicipalitysAdministratorReachesItsSystems() throws Exception {
		UUID id = register();
		String clientId = this.systems.findById(id).orElseThrow().getClientId();
		for (Role role : new Role[] { Role.CONSULTANT, Role.COORDINATOR, Role.MANAGER, Role.AUDITOR,
				Role.INSTITUTION_WORKER }) {
			CurrentUser other = this.municipality.user(role);
			this.mvc.perform(get("/admin/systems").with(user(other))).andExpect(status().isForbidden());
			this.mvc.perform(get("/admin/systems/" + id).with(user(other))).andExpect(status().isForbidden());
			this.mvc.perform(post("/admin/systems/" + id + "/rotation").with(user(other)).with(csrf()))
				.andExpect(status().isForbidden());
			this.mvc.perform(post("/admin/systems/" + id + "/revocation").with(user(other)).with(csrf()))
				.andExpect(status().isForbidden());
		}
		CurrentUser elsewhere = this.fixtures.municipality().user(Role.ADMINISTRATOR);
		this.mvc.perform(get("/admin/systems").with(user(elsewhere)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(clientId))));
		this.mvc.perform(get("/admin/systems/" + id).with(user(elsewhere))).andExpect(status().isNotFound());
		this.mvc.perform(post("/admin/systems/" + id + "/rotation").with(user(elsewhere)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/admin/systems/" + id + "/revocation").with(user(elsewhere)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/admin/systems").with(user(elsewhere))
				.with(csrf())
				.param("name", "Vreemd")
				.param("clientId", clientId())
				.param("organisationId", this.organisation.toString())
				.param("scopes", "REFERRALS"))
			.andExpect(status().isBadRequest());
		assertThat(this.systems.findById(id).orElseThrow().isRevoked()).isFalse();
		this.mvc.perform(get("/admin/systems").with(httpBasic(this.administrator.getUsername(), Fixtures.PASSWORD)))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void theAdministratorsNavigationLinksToTheSystems() throws Exception {
		this.mvc.perform(get("/admin/users").with(user(this.administrator)))
			.andExpect(content().string(containsString("href=\"/admin/systems\"")));
		this.mvc.perform(get("/").with(user(this.municipality.user(Role.CONSULTANT))))
			.andExpect(content().string(not(containsString("href=\"/admin/systems\""))));
	}

	private UUID register() throws Exception {
		String clientId = clientId();
		this.mvc
			.perform(post("/admin/systems").with(user(this.administrator))
				.with(csrf())
				.param("name", "Systeem")
				.param("clientId", clientId)
				.param("organisationId", this.organisation.toString())
				.param("scopes", "REFERRALS"))
			.andExpect(status().isOk());
		return this.systems.findByClientId(clientId).orElseThrow().getId();
	}

	private static String secretOn(MvcResult result) throws Exception {
		String page = result.getResponse().getContentAsString();
		int start = page.indexOf("<code id=\"secret\">") + "<code id=\"secret\">".length();
		String secret = page.substring(start, page.indexOf("</code>", start));
		assertThat(secret).hasSizeGreaterThanOrEqualTo(40);
		return secret;
	}

	private static String clientId() {
		return "sys-" + UUID.randomUUID().toString().substring(0, 12);
	}

}

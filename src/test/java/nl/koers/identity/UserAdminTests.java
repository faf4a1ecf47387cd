package nl.koers.identity;

import nl.koers.identity.api.Role;

import nl.koers.identity.api.CurrentUser;

import nl.koers.Fixtures;
import nl.koers.Fixtures.Municipality;
import nl.koers.KoersTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KoersTest
class UserAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountService accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	Municipality municipality;

	CurrentUser administrator;

	@BeforeEach
	void setUp() {
		this.municipality = this.fixtures.municipality();
		this.administrator = this.municipality.user(Role.ADMINISTRATOR);
	}

	@Test
	void createsAUserWithAHashedPasswordWhoCanLogIn() throws Exception {
		String username = "nieuw-" + this.administrator.id().toString().substring(0, 8);
		this.mvc
			.perform(post("/admin/users").with(user(this.administrator))
				.with(csrf())
				.param("username", username)
				.param("displayName", "Nieuwe Consulent")
				.param("password", "een-goed-wachtwoord")
				.param("roles", "CONSULTANT"))
			.andExpect(redirectedUrl("/admin/users"));
		String stored = this.jdbc.sql("select password_hash from app_user where username = ?")
			.param(username)
			.query(String.class)
			.single();
		assertThat(stored).startsWith("{bcrypt}").doesNotContain("een-goed-wachtwoord");
		assertThat(this.passwordEncoder.matches("een-goed-wachtwoord", stored)).isTrue();
		this.mvc.perform(formLogin("/login").user(username).password("een-goed-wachtwoord"))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void refusesAShortPasswordNamingTheField() throws Exception {
		this.mvc
			.perform(post("/admin/users").with(user(this.administrator))
				.with(csrf())
				.param("username", "kort-" + this.administrator.id().toString().substring(0, 8))
				.param("displayName", "Kort")
				.param("password", "kort")
				.param("roles", "CONSULTANT"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"password\"")));
	}

	@Test
	void refusesATakenUsernameOnTheSamePage() throws Exception {
		CurrentUser existing = this.municipality.user(Role.CONSULTANT);
		this.mvc
			.perform(post("/admin/users").with(user(this.administrator))
				.with(csrf())
				.param("username", existing.getUsername())
				.param("displayName", "Dubbel")
				.param("password", "een-goed-wachtwoord")
				.param("roles", "CONSULTANT"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Deze gebruikersnaam is al in gebruik.")));
	}

	@Test
	void refusesAShortNewPasswordOnTheUserPage() throws Exception {
		CurrentUser consultant = this.municipality.user(Role.CONSULTANT);
		this.mvc
			.perform(post("/admin/users/" + consultant.id() + "/password").with(user(this.administrator))
				.with(csrf())
				.param("password", "kort"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Een wachtwoord heeft minstens 10 tekens.")));
	}

	@Test
	void listsOnlyUsersOfTheOwnMunicipality() throws Exception {
		CurrentUser own = this.municipality.user(Role.CONSULTANT);
		CurrentUser other = this.fixtures.municipality().user(Role.CONSULTANT);
		this.mvc.perform(get("/admin/users").with(user(this.administrator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(own.displayName())))
			.andExpect(content().string(not(containsString(other.displayName()))));
	}

	@Test
	void cannotSeeOrChangeAUserOfAnotherMunicipality() throws Exception {
		CurrentUser other = this.fixtures.municipality().user(Role.CONSULTANT);
		this.mvc.perform(get("/admin/users/" + other.id()).with(user(this.administrator)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/admin/users/" + other.id()).with(user(this.administrator))
				.with(csrf())
				.param("displayName", "Overgenomen")
				.param("roles", "ADMINISTRATOR")
				.param("enabled", "true")
				.param("version", "0"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/admin/users/" + other.id() + "/password").with(user(this.administrator))
				.with(csrf())
				.param("password", "overgenomen-wachtwoord"))
			.andExpect(status().isNotFound());
	}

	@Test
	void changesRolesWithOptimisticLocking() throws Exception {
		CurrentUser consultant = this.municipality.user(Role.CONSULTANT);
		String version = String.valueOf(this.accounts.get(this.administrator, consultant.id()).version());
		this.mvc
			.perform(post("/admin/users/" + consultant.id()).with(user(this.administrator))
				.with(csrf())
				.param("displayName", "Nu coördinator")
				.param("roles", "COORDINATOR")
				.param("enabled", "true")
				.param("version", version))
			.andExpect(redirectedUrl("/admin/users"));
		this.mvc
			.perform(post("/admin/users/" + consultant.id()).with(user(this.administrator))
				.with(csrf())
				.param("displayName", "Toch consulent")
				.param("roles", "CONSULTANT")
				.param("enabled", "true")
				.param("version", version))
			.andExpect(status().isConflict());
	}

	@Test
	void nobodyButAnAdministratorReachesUserManagement() throws Exception {
		for (Role role : new Role[] { Role.CONSULTANT, Role.COORDINATOR, Role.CONTRACT_MANAGER, Role.MANAGER,
				Role.INSTITUTION_WORKER, Role.AUDITOR }) {
			CurrentUser someone = this.municipality.user(role);
			this.mvc.perform(get("/admin/users").with(user(someone))).andExpect(status().isForbidden());
			this.mvc.perform(get("/admin/users/" + this.administrator.id()).with(user(someone)))
				.andExpect(status().isForbidden());
		}
	}

}

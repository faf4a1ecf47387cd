package nl.koers.identity;

import java.time.Instant;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import nl.koers.Fixtures;
import nl.koers.Fixtures.Municipality;
import nl.koers.KoersTest;
import nl.koers.SystemTokens;
import nl.koers.SystemTokens.RegisteredSystem;
import nl.koers.identity.api.ApiScope;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static nl.koers.SystemTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Registered systems get client-credentials tokens at {@code POST /oauth2/token} and call
 * the API with them, within their scopes, as long as they are not revoked and their
 * secret was not rotated after the token was issued.
 */
@KoersTest
class SystemTokenTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ApplicationContext context;

	@Autowired
	ApiSystemRepository systems;

	@Autowired
	ApiSystemService service;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	JWKSource<SecurityContext> keys;

	SystemTokens tokens;

	Municipality municipality;

	CurrentUser administrator;

	RegisteredSystem system;

	@BeforeEach
	void setUp() {
		this.tokens = new SystemTokens(this.context);
		this.municipality = this.fixtures.municipality();
		this.administrator = this.municipality.user(Role.ADMINISTRATOR);
		this.municipality.client(this.municipality.user(Role.COORDINATOR));
		this.system = this.tokens.register(this.municipality.id(), null, Role.COORDINATOR, ApiScope.CLIENTS,
				ApiScope.REPORTS);
	}

	@Test
	void issuesAShortLivedJwtForTheStandardFormWithTheSecretInTheHeaderOrTheForm() throws Exception {
		this.mvc
			.perform(post("/oauth2/token").with(httpBasic(this.system.clientId(), this.system.secret()))
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("grant_type", "client_credentials")
				.param("scope", "clients"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.token_type").value("Bearer"))
			.andExpect(jsonPath("$.expires_in").value(lessThanOrEqualTo(300)))
			.andExpect(jsonPath("$.scope").value("clients"));
		String body = this.mvc
			.perform(post("/oauth2/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("grant_type", "client_credentials")
				.param("client_id", this.system.clientId())
				.param("client_secret", this.system.secret())
				.param("scope", "clients reports"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String token = JsonPath.read(body, "$.access_token");
		this.mvc.perform(get("/api/v1/clients").with(bearer(token)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"items\"")));
	}

	@Test
	void refusesAWrongSecretAnUnknownClientAndAnyOtherGrant() throws Exception {
		this.mvc
			.perform(post("/oauth2/token").with(httpBasic(this.system.clientId(), "niet-het-geheim"))
				.param("grant_type", "client_credentials"))
			.andExpect(status().isUnauthorized());
		this.mvc
			.perform(post("/oauth2/token").with(httpBasic("onbekend-systeem", this.system.secret()))
				.param("grant_type", "client_credentials"))
			.andExpect(status().isUnauthorized());
		this.mvc
			.perform(post("/oauth2/token").with(httpBasic(this.system.clientId(), this.system.secret()))
				.param("grant_type", "password")
				.param("username", "consulent")
				.param("password", "koers-demo"))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post("/oauth2/token").with(httpBasic(this.system.clientId(), this.system.secret()))
				.param("grant_type", "client_credentials")
				.param("scope", "referrals"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theSecretIsStoredHashed() {
		ApiSystem stored = this.systems.findByClientId(this.system.clientId()).orElseThrow();
		assertThat(stored.getSecretHash()).startsWith("{bcrypt}").doesNotContain(this.system.secret());
		assertThat(this.passwordEncoder.matches(this.system.secret(), stored.getSecretHash())).isTrue();
	}

	@Test
	void aTokenReachesOnlyThePartsOfTheApiOfItsScopes() throws Exception {
		String reports = this.tokens.token(this.system, "reports");
		this.mvc.perform(get("/api/v1/clients").with(bearer(reports)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(get("/api/v1/reports/routes?date=2026-01-01").with(bearer(reports)))
			.andExpect(status().isOk());
		String clients = this.tokens.token(this.system, "clients");
		this.mvc.perform(get("/api/v1/clients").with(bearer(clients))).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/reports/routes?date=2026-01-01").with(bearer(clients)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/access-log").with(bearer(clients)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		String body = this.mvc
			.perform(post("/oauth2/token").with(httpBasic(this.system.clientId(), this.system.secret()))
				.param("grant_type", "client_credentials"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String none = JsonPath.read(body, "$.access_token");
		this.mvc.perform(get("/api/v1/clients").with(bearer(none))).andExpect(status().isForbidden());
	}

	@Test
	void anExpiredTokenOrOneSignedWithAnotherKeyAnswers401() throws Exception {
		Instant past = Instant.now().minusSeconds(900);
		String expired = sign(JwtClaimsSet.builder()
			.subject(this.system.userId().toString())
			.issuedAt(past)
			.expiresAt(past.plusSeconds(300))
			.claim("scope", List.of("clients"))
			.build());
		this.mvc.perform(get("/api/v1/clients").with(bearer(expired)))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", containsString("Bearer")))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401));
		String valid = this.tokens.token(this.system, "clients");
		String forged = valid.substring(0, valid.lastIndexOf('.') + 1) + "AAAA";
		this.mvc.perform(get("/api/v1/clients").with(bearer(forged))).andExpect(status().isUnauthorized());
	}

	@Test
	void aRevokedSystemIsRefusedOnItsNextCallAndGetsNoToken() throws Exception {
		String token = this.tokens.token(this.system, "clients");
		this.mvc.perform(get("/api/v1/clients").with(bearer(token))).andExpect(status().isOk());
		this.service.revoke(this.administrator, systemId());
		this.mvc.perform(get("/api/v1/clients").with(bearer(token)))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc
			.perform(post("/oauth2/token").with(httpBasic(this.system.clientId(), this.system.secret()))
				.param("grant_type", "client_credentials"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aRotatedSecretReplacesTheOldOneAndItsTokens() throws Exception {
		String before = this.tokens.token(this.system, "clients");
		Thread.sleep(1000);
		IssuedSecret rotated = this.service.rotate(this.administrator, systemId());
		this.mvc
			.perform(post("/oauth2/token").with(httpBasic(this.system.clientId(), this.system.secret()))
				.param("grant_type", "client_credentials"))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/clients").with(bearer(before))).andExpect(status().isUnauthorized());
		String after = this.tokens.token(this.system.clientId(), rotated.secret(), "clients");
		this.mvc.perform(get("/api/v1/clients").with(bearer(after))).andExpect(status().isOk());
	}

	@Test
	void theSystemsAccountNeverSignsInWithAPasswordAndIsNoPersonInUserAdministration() throws Exception {
		String username = "systeem:" + this.system.clientId();
		assertThatThrownBy(() -> this.userDetails.loadUserByUsername(username))
			.isInstanceOf(UsernameNotFoundException.class);
		this.mvc.perform(formLogin("/login").user(username).password(this.system.secret()))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(get("/admin/users").with(user(this.administrator)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(this.system.clientId()))));
		this.mvc.perform(get("/admin/users/" + this.system.userId()).with(user(this.administrator)))
			.andExpect(status().isNotFound());
	}

	@Test
	void basicIsOffByDefault() throws Exception {
		CurrentUser consultant = this.municipality.user(Role.CONSULTANT);
		this.mvc.perform(get("/api/v1/clients").with(httpBasic(consultant.getUsername(), Fixtures.PASSWORD)))
			.andExpect(status().isUnauthorized());
	}

	private java.util.UUID systemId() {
		return this.systems.findByClientId(this.system.clientId()).orElseThrow().getId();
	}

	private String sign(JwtClaimsSet claims) {
		return new NimbusJwtEncoder(this.keys).encode(JwtEncoderParameters.from(claims)).getTokenValue();
	}

}

package nl.koers.identity;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import java.net.URLDecoder;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.util.concurrent.TimeUnit;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.util.X509CertUtils;
import com.nimbusds.jwt.SignedJWT;
import okhttp3.mockwebserver.RecordedRequest;
import io.zonky.test.db.AutoConfigureEmbeddedDatabase;
import io.zonky.test.db.AutoConfigureEmbeddedDatabase.DatabaseProvider;
import nl.koers.Fixtures;
import nl.koers.PooledTestDataSource;
import nl.koers.client.api.ClientView;
import nl.koers.identity.api.Accounts;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.NewUser;
import nl.koers.identity.api.Role;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single sign-on against a real OpenID provider (mock-oauth2-server) in the same JVM,
 * through a real HTTP port with a browser-like client that keeps cookies and follows
 * redirects.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "koers.embedded-database.enabled=false", "koers.demo.enabled=false" })
@AutoConfigureEmbeddedDatabase(provider = DatabaseProvider.ZONKY)
@Import({ Fixtures.class, PooledTestDataSource.class, SsoSignInTests.SsoMunicipality.class })
class SsoSignInTests {

	private static final String ISSUER = "gemeente";

	private static final String CLIENT_ID = "koers";

	private static final String KEYED = "sleutel";

	private static final String KEYED_CLIENT_ID = "koers-sleutel";

	private static final String CODE = "S" + UUID.randomUUID().toString().substring(0, 8);

	private static final String CONSULTANTS = "koers-consulenten";

	private static final String COORDINATORS = "Koers.Coordinatoren";

	private static final String PASSWORD = "een-lang-wachtwoord";

	private static final Pattern CLIENT_ASSERTION = Pattern.compile("client_assertion=([^&]+)");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final MockOAuth2Server provider = new MockOAuth2Server();

	@LocalServerPort
	int port;

	@Autowired
	AppUserRepository users;

	@Autowired
	ExternalIdentityRepository identities;

	@Autowired
	MunicipalityRepository municipalities;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	AccountService accountService;

	@Autowired
	UserDetailsService userDetails;

	@DynamicPropertySource
	static void provider(DynamicPropertyRegistry registry) {
		provider.start();
		String registration = "spring.security.oauth2.client.registration." + ISSUER + ".";
		registry.add(registration + "client-id", () -> CLIENT_ID);
		registry.add(registration + "client-secret", () -> "geheim");
		registry.add(registration + "client-name", () -> "Testgemeente");
		registry.add(registration + "scope", () -> "openid,profile");
		registry.add("spring.security.oauth2.client.provider." + ISSUER + ".issuer-uri",
				() -> provider.issuerUrl(ISSUER).toString());
		registry.add("koers.sso." + ISSUER + ".municipality", () -> CODE);
		registry.add("koers.sso." + ISSUER + ".role-claim", () -> "groups");
		registry.add("koers.sso." + ISSUER + ".role-mapping." + CONSULTANTS, () -> "CONSULTANT");
		registry.add("koers.sso." + ISSUER + ".role-mapping.[" + COORDINATORS + "]", () -> "COORDINATOR");
		registry.add("koers.sso." + ISSUER + ".user-id-claim", () -> "oid");
		String keyed = "spring.security.oauth2.client.registration." + KEYED + ".";
		registry.add(keyed + "client-id", () -> KEYED_CLIENT_ID);
		registry.add(keyed + "client-authentication-method", () -> "private_key_jwt");
		registry.add(keyed + "scope", () -> "openid");
		registry.add("spring.security.oauth2.client.provider." + KEYED + ".issuer-uri",
				() -> provider.issuerUrl(KEYED).toString());
		registry.add("spring.ssl.bundle.pem.sso-client.keystore.certificate", () -> "classpath:sso/client-cert.pem");
		registry.add("spring.ssl.bundle.pem.sso-client.keystore.private-key", () -> "classpath:sso/client-key.pem");
		registry.add("koers.sso." + KEYED + ".municipality", () -> CODE);
		registry.add("koers.sso." + KEYED + ".role-claim", () -> "groups");
		registry.add("koers.sso." + KEYED + ".role-mapping." + CONSULTANTS, () -> "CONSULTANT");
		registry.add("koers.sso." + KEYED + ".client-key", () -> "sso-client");
	}

	@AfterAll
	static void stopProvider() {
		provider.shutdown();
	}

	@Test
	void loginPageOffersTheOrganisationsSignIn() throws Exception {
		Browser browser = new Browser();
		String page = browser.go(get("/login")).body();
		assertThat(page).contains("Inloggen met Testgemeente").contains("/oauth2/authorization/" + ISSUER);
	}

	@Test
	void consultantSignsInWithPkceAndLandsOnTheWorklist() throws Exception {
		String subject = UUID.randomUUID().toString();
		Browser browser = new Browser();
		HttpResponse<String> page = browser.signIn(subject, List.of(CONSULTANTS));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.uri().getPath()).isEqualTo("/worklist");
		String authorization = browser.visited.get(1).toString();
		assertThat(authorization).startsWith(provider.authorizationEndpointUrl(ISSUER).toString())
			.contains("code_challenge_method=S256")
			.contains("code_challenge=")
			.contains("nonce=")
			.contains("state=");
		assertThat(account(subject).toCurrentUser(Instant.now()).roles()).containsExactly(Role.CONSULTANT);
	}

	@Test
	void ssoUsersManageTheirPasswordAndSecondFactorAtTheirOrganisation() throws Exception {
		Browser browser = new Browser();
		browser.signIn(UUID.randomUUID().toString(), List.of(CONSULTANTS));
		HttpResponse<String> page = browser.go(get("/account/second-factor"));
		assertThat(page.uri().getPath()).isEqualTo("/account/password");
		assertThat(page.body()).contains("U meldt zich aan via uw eigen organisatie")
			.doesNotContain("name=\"currentPassword\"");
	}

	@Test
	void signInRotatesTheSessionId() throws Exception {
		Browser browser = new Browser();
		String subject = UUID.randomUUID().toString();
		provider.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, subject, "JWT", List.of(CLIENT_ID),
				Map.of("oid", subject, "groups", List.of(CONSULTANTS)), 3600));
		HttpResponse<String> toProvider = browser.send(get("/oauth2/authorization/" + ISSUER));
		String before = browser.session();
		HttpResponse<String> page = browser
			.go(HttpRequest.newBuilder(URI.create(toProvider.headers().firstValue("Location").orElseThrow())).build());
		assertThat(page.uri().getPath()).isEqualTo("/worklist");
		assertThat(before).isNotNull();
		assertThat(browser.session()).isNotNull().isNotEqualTo(before);
	}

	@Test
	void aClientWithAKeyAuthenticatesWithASignedAssertionNamingItsCertificate() throws Exception {
		String subject = UUID.randomUUID().toString();
		provider.enqueueCallback(new DefaultOAuth2TokenCallback(KEYED, subject, "JWT", List.of(KEYED_CLIENT_ID),
				Map.of("groups", List.of(CONSULTANTS)), 3600));
		HttpResponse<String> page = new Browser().go(get("/oauth2/authorization/" + KEYED));
		assertThat(page.uri().getPath()).isEqualTo("/worklist");
		SignedJWT assertion = SignedJWT.parse(clientAssertion());
		X509Certificate certificate = X509CertUtils.parse(new String(
				getClass().getResourceAsStream("/sso/client-cert.pem").readAllBytes(), StandardCharsets.US_ASCII));
		assertThat(assertion.verify(new RSASSAVerifier((RSAPublicKey) certificate.getPublicKey()))).isTrue();
		assertThat(assertion.getHeader().getX509CertThumbprint()).isNotNull();
		assertThat(assertion.getHeader().getX509CertSHA256Thumbprint())
			.isEqualTo(X509CertUtils.computeSHA256Thumbprint(certificate));
		assertThat(assertion.getJWTClaimsSet().getIssuer()).isEqualTo(KEYED_CLIENT_ID);
		assertThat(assertion.getJWTClaimsSet().getSubject()).isEqualTo(KEYED_CLIENT_ID);
		assertThat(assertion.getJWTClaimsSet().getAudience())
			.containsExactly(provider.tokenEndpointUrl(KEYED).toString());
	}

	@Test
	void firstSignInCreatesTheUserInTheConfiguredMunicipalityWithoutAPassword() throws Exception {
		String subject = UUID.randomUUID().toString();
		new Browser().signIn(subject, List.of(CONSULTANTS));
		AppUser user = account(subject);
		assertThat(user.getMunicipalityId()).isEqualTo(this.municipalities.findByCode(CODE).orElseThrow().getId());
		assertThat(user.getDisplayName()).isEqualTo("Sanne de Vries");
		assertThat(user.getOrganisationId()).isNull();
		assertThat(user.toCurrentUser(Instant.now()).getPassword()).isNull();
	}

	@Test
	void twoMappedGroupsGiveTwoRoles() throws Exception {
		String subject = UUID.randomUUID().toString();
		new Browser().signIn(subject, List.of(CONSULTANTS, COORDINATORS, "kantine"));
		assertThat(account(subject).getRoles()).containsExactlyInAnyOrder(Role.CONSULTANT, Role.COORDINATOR);
	}

	@Test
	void rolesFollowTheGroupsAtEverySignIn() throws Exception {
		String subject = UUID.randomUUID().toString();
		new Browser().signIn(subject, List.of(CONSULTANTS, COORDINATORS));
		new Browser().signIn(subject, List.of(COORDINATORS));
		assertThat(account(subject).getRoles()).containsExactly(Role.COORDINATOR);
	}

	@Test
	void aRemovedGroupLosesAccessAtTheNextSignIn() throws Exception {
		String subject = UUID.randomUUID().toString();
		new Browser().signIn(subject, List.of(CONSULTANTS));
		Browser browser = new Browser();
		HttpResponse<String> page = browser.signIn(subject, List.of("kantine"));
		assertRefused(page, subject);
		assertThat(account(subject).getRoles()).isEmpty();
		assertThat(browser.go(get("/worklist")).uri().getPath()).isEqualTo("/login");
	}

	@Test
	void aUserWithoutAMappedGroupIsRefusedAndNotCreated() throws Exception {
		String subject = UUID.randomUUID().toString();
		Browser browser = new Browser();
		assertRefused(browser.signIn(subject, List.of("kantine")), subject);
		assertThat(this.identities.findByRegistrationIdAndIssuerAndSubject(ISSUER, issuer(), subject)).isEmpty();
		assertThat(browser.go(get("/")).uri().getPath()).isEqualTo("/login");
	}

	@Test
	void aSignInThatDoesNotComeBackFromTheProviderFails() throws Exception {
		HttpResponse<String> page = new Browser()
			.go(get("/login/oauth2/code/" + ISSUER + "?code=made-up&state=made-up"));
		assertThat(page.uri().getPath()).isEqualTo("/login");
		assertThat(page.uri().getQuery()).isEqualTo("ssofailed");
		assertThat(page.body()).contains("Inloggen via uw organisatie is niet gelukt.");
	}

	@Test
	void aDisabledAccountStaysRefused() throws Exception {
		String subject = UUID.randomUUID().toString();
		new Browser().signIn(subject, List.of(CONSULTANTS));
		AppUser user = account(subject);
		user.change(user.getDisplayName(), user.getRoles(), false);
		this.users.save(user);
		assertRefused(new Browser().signIn(subject, List.of(CONSULTANTS)), subject);
	}

	@Test
	void logoutEndsTheKoersSessionAndGoesToTheProvidersEndSession() throws Exception {
		Browser browser = new Browser();
		HttpResponse<String> worklist = browser.signIn(UUID.randomUUID().toString(), List.of(CONSULTANTS));
		HttpResponse<String> logout = browser.send(post("/logout", "_csrf=" + csrf(worklist.body())));
		assertThat(logout.statusCode()).isEqualTo(302);
		String location = logout.headers().firstValue("Location").orElseThrow();
		assertThat(location).startsWith(provider.endSessionEndpointUrl(ISSUER).toString())
			.contains("id_token_hint=")
			.contains("post_logout_redirect_uri=" + base() + "/login?logout");
		assertThat(browser.go(get("/worklist")).uri().getPath()).isEqualTo("/login");
		HttpResponse<String> back = browser.go(HttpRequest.newBuilder(URI.create(location)).build());
		assertThat(back.uri()).isEqualTo(URI.create(base() + "/login?logout"));
		assertThat(back.body()).contains("U bent uitgelogd.");
	}

	@Test
	void ssoUsersCannotUseTheFormOrHttpBasicEvenWithAPasswordSetByAnAdministrator() throws Exception {
		String subject = UUID.randomUUID().toString();
		new Browser().signIn(subject, List.of(CONSULTANTS));
		AppUser user = account(subject);
		this.accountService.resetPassword(administrator(), user.getId(), PASSWORD);
		Browser browser = new Browser();
		String form = browser.go(get("/login")).body();
		HttpResponse<String> login = browser.send(post("/login",
				"username=" + enc(user.getUsername()) + "&password=" + enc(PASSWORD) + "&_csrf=" + csrf(form)));
		assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
		String basic = Base64.getEncoder()
			.encodeToString((user.getUsername() + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> api = browser.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/clients"))
			.header("Authorization", "Basic " + basic)
			.build());
		assertThat(api.statusCode()).isEqualTo(401);
	}

	@Test
	void ssoConsultantSeesNothingOfAnotherMunicipality() throws Exception {
		Fixtures.Municipality other = this.fixtures.municipality();
		CurrentUser otherConsultant = other.user(Role.CONSULTANT);
		ClientView client = other.client(otherConsultant);
		Browser browser = new Browser();
		browser.signIn(UUID.randomUUID().toString(), List.of(CONSULTANTS));
		HttpResponse<String> file = browser.send(get("/clients/" + client.id()));
		assertThat(file.statusCode()).isEqualTo(404);
		assertThat(file.body()).doesNotContain(client.familyName());
	}

	private void assertRefused(HttpResponse<String> page, String subject) {
		assertThat(page.uri().getPath()).isEqualTo("/login");
		assertThat(page.uri().getQuery()).isEqualTo("noaccess");
		assertThat(page.body()).contains("geeft geen toegang tot Koers")
			.doesNotContain(subject)
			.doesNotContain("Sanne");
	}

	private CurrentUser administrator() {
		String username = "sso-beheer-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.createUser(new NewUser(this.municipalities.findByCode(CODE).orElseThrow().getId(), null, username,
				"Beheerder", PASSWORD, Set.of(Role.ADMINISTRATOR)));
		return (CurrentUser) this.userDetails.loadUserByUsername(username);
	}

	private AppUser account(String subject) {
		UUID userId = this.identities.findByRegistrationIdAndIssuerAndSubject(ISSUER, issuer(), subject)
			.orElseThrow()
			.getUserId();
		return this.users.findById(userId).orElseThrow();
	}

	/**
	 * The client assertion of the last token request of the keyed registration.
	 */
	private static String clientAssertion() {
		String assertion = null;
		for (RecordedRequest request = next(); request != null; request = next()) {
			String body = request.getBody().readUtf8();
			Matcher matcher = CLIENT_ASSERTION.matcher(body);
			if (request.getPath().startsWith("/" + KEYED + "/token") && matcher.find()) {
				assertion = URLDecoder.decode(matcher.group(1), StandardCharsets.UTF_8);
			}
		}
		assertThat(assertion).as("a token request with a client assertion").isNotNull();
		return assertion;
	}

	/**
	 * The provider's next recorded request; none when all were taken (it says so with an
	 * exception).
	 */
	private static RecordedRequest next() {
		try {
			return provider.takeRequest(100, TimeUnit.MILLISECONDS);
		}
		catch (RuntimeException allTaken) {
			return null;
		}
	}

	private static String issuer() {
		return provider.issuerUrl(ISSUER).toString();
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

	private HttpRequest get(String path) {
		return HttpRequest.newBuilder(URI.create(base() + path)).build();
	}

	private HttpRequest post(String path, String form) {
		return HttpRequest.newBuilder(URI.create(base() + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
	}

	private static String csrf(String page) {
		Matcher matcher = CSRF.matcher(page);
		assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
		return enc(matcher.group(1));
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/**
	 * Keeps cookies like a browser; {@link #go} follows redirects and records where it
	 * went.
	 */
	private final class Browser {

		private final CookieManager cookies = new CookieManager();

		private final HttpClient http = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		private final List<URI> visited = new ArrayList<>();

		HttpResponse<String> signIn(String subject, List<String> groups) throws IOException, InterruptedException {
			provider.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, subject, "JWT", List.of(CLIENT_ID),
					Map.of("oid", subject, "groups", groups, "name", "Sanne de Vries"), 3600));
			return go(get("/oauth2/authorization/" + ISSUER));
		}

		HttpResponse<String> go(HttpRequest request) throws IOException, InterruptedException {
			HttpResponse<String> response = send(request);
			for (int hop = 0; hop < 10 && response.statusCode() / 100 == 3; hop++) {
				URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
				response = send(HttpRequest.newBuilder(next).build());
			}
			return response;
		}

		String session() {
			return this.cookies.getCookieStore()
				.getCookies()
				.stream()
				.filter(cookie -> cookie.getName().equals("SESSION"))
				.map(HttpCookie::getValue)
				.findFirst()
				.orElse(null);
		}

		HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
			this.visited.add(request.uri());
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}

	}

	/**
	 * The registration's municipality exists before the start-up check runs (which waits
	 * for the application to be ready, as for the demo data).
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class SsoMunicipality {

		@Bean
		ApplicationRunner ssoMunicipality(Accounts accounts) {
			return args -> accounts.createMunicipality(CODE, "SSO-gemeente");
		}

	}

}

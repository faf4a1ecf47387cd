package nl.koers.system.web;

import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.jayway.jsonpath.JsonPath;
import io.zonky.test.db.AutoConfigureEmbeddedDatabase;
import io.zonky.test.db.AutoConfigureEmbeddedDatabase.DatabaseProvider;
import nl.koers.Fixtures;
import nl.koers.PooledTestDataSource;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every error under {@code /api} is an RFC 9457 problem detail with the
 * {@code API-Version} header, also where no controller is matched: an unknown path, a
 * trailing slash, a method the path does not have (405), a media type that is not served
 * (406), a malformed cursor (400, never 500). Against the real server on a random port,
 * so that the servlet container's own error handling is part of the test.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "koers.embedded-database.enabled=false", "koers.demo.enabled=false",
				"koers.api.basic-auth.enabled=true" })
@AutoConfigureEmbeddedDatabase(provider = DatabaseProvider.ZONKY)
@Import({ Fixtures.class, PooledTestDataSource.class })
class ApiProblemTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	String authorization;

	@BeforeEach
	void setUp() {
		CurrentUser consultant = this.fixtures.municipality().user(Role.CONSULTANT);
		this.authorization = "Basic " + Base64.getEncoder()
			.encodeToString((consultant.getUsername() + ":" + Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void theEndpointItselfAnswersJson() throws Exception {
		Answer response = send("GET", "/api/v1/tasks", "application/json");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/nothing-here", "/api/v1/tasks/", "/api/v1/", "/api/v2/tasks", "/api/", "/api" })
	void anUnknownPathIsNotFound(String path) throws Exception {
		assertProblem(send("GET", path, "application/json"), 404);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1//tasks", "/api/v1/tasks/%2e%2e/x", "/api/v1/tasks;x=1" })
	void aPathTheFirewallRejectsIsBadInput(String path) throws Exception {
		assertProblem(send("GET", path, "application/json"), 400);
	}

	@Test
	void aMethodThePathDoesNotHaveIsNotAllowed() throws Exception {
		Answer response = send("DELETE", "/api/v1/tasks", "application/json");
		assertProblem(response, 405);
		assertThat(response.header("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "application/hal+json", "text/html", "application/xml", "text/csv" })
	void aMediaTypeThatIsNotServedIsNotAcceptable(String accept) throws Exception {
		assertProblem(send("GET", "/api/v1/tasks", accept), 406);
	}

	@ParameterizedTest
	@ValueSource(strings = { "%%%%", "%", "%ZZ", "!!!", "abc", "AAAA", "%E2%82", "////", "a%00b" })
	void aMalformedCursorIsBadInput(String next) throws Exception {
		Answer response = send("GET", "/api/v1/tasks?next=" + next, "application/json");
		assertProblem(response, 400);
	}

	@Test
	void withoutSigningInItIsUnauthorized() throws Exception {
		this.authorization = "Basic "
				+ Base64.getEncoder().encodeToString("nobody:wrong".getBytes(StandardCharsets.UTF_8));
		assertProblem(send("GET", "/api/v1/nothing", "application/json"), 401);
	}

	/**
	 * The request as written, malformed escapes included (which {@code java.net.URI}
	 * refuses).
	 */
	private Answer send(String method, String path, String accept) throws Exception {
		@SuppressWarnings("deprecation")
		HttpURLConnection connection = (HttpURLConnection) new URL("http://localhost:" + this.port + path)
			.openConnection();
		connection.setRequestMethod(method);
		connection.setRequestProperty("Authorization", this.authorization);
		connection.setRequestProperty("Accept", accept);
		int status = connection.getResponseCode();
		try (InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
			String body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return new Answer(status, connection.getHeaderFields(), body);
		}
		finally {
			connection.disconnect();
		}
	}

	record Answer(int status, Map<String, List<String>> headers, String body) {

		Optional<String> header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter(entry -> name.equalsIgnoreCase(entry.getKey()))
				.map(entry -> entry.getValue().get(0))
				.findFirst();
		}

	}

	private static void assertProblem(Answer response, int status) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.header("Content-Type")).as(response.body())
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.header(ApiDocumentation.VERSION_HEADER)).hasValue(ApiDocumentation.VERSION);
		String body = response.body();
		assertThat((Integer) JsonPath.read(body, "$.status")).isEqualTo(status);
		assertThat((String) JsonPath.read(body, "$.title")).isNotBlank();
		assertThat((String) JsonPath.read(body, "$.detail")).isNotBlank();
		assertThat(body).doesNotContain("Exception", "trace", "org.springframework");
	}

}

package nl.koers.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.zonky.test.db.AutoConfigureEmbeddedDatabase;
import io.zonky.test.db.AutoConfigureEmbeddedDatabase.DatabaseProvider;
import nl.koers.PooledTestDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * A container platform or load balancer sends no one to a node before it can serve: while
 * the demo data loads (after the migrations, with the web server already listening),
 * readiness answers 503 OUT_OF_SERVICE and liveness UP; once loaded, readiness answers
 * UP.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "koers.embedded-database.enabled=false", "koers.demo.enabled=true" })
@AutoConfigureEmbeddedDatabase(provider = DatabaseProvider.ZONKY)
@Import({ PooledTestDataSource.class, ReadinessTests.Probe.class })
class ReadinessTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void readinessIsDownWhileTheDemoDataLoadsAndUpAfterwards() throws Exception {
		assumeFalse(Probe.WHILE_LOADING.isEmpty(),
				"the demo data was in this database already (one test database for all contexts), so it did not load");
		assertThat(Probe.WHILE_LOADING.get("readiness")).isEqualTo("503 OUT_OF_SERVICE");
		assertThat(Probe.WHILE_LOADING.get("liveness")).isEqualTo("200 UP");

		assertThat(probe(this.port, "readiness")).isEqualTo("200 UP");
		assertThat(probe(this.port, "liveness")).isEqualTo("200 UP");
	}

	static String probe(int port, String group) throws IOException, InterruptedException {
		HttpResponse<String> response = HTTP.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/" + group)).build(),
				HttpResponse.BodyHandlers.ofString());
		String status = response.body().replaceAll(".*\"status\"\\s*:\\s*\"([A-Z_]+)\".*", "$1");
		return response.statusCode() + " " + status;
	}

	/**
	 * The demo's last step: asks the node's own probes while the demo data is still being
	 * loaded.
	 */
	@TestComponent
	static class Probe implements DemoStep {

		static final Map<String, String> WHILE_LOADING = new ConcurrentHashMap<>();

		private final Environment environment;

		Probe(Environment environment) {
			this.environment = environment;
		}

		@Override
		public int order() {
			return Integer.MAX_VALUE;
		}

		@Override
		public void load(DemoWorld world) {
			int port = this.environment.getRequiredProperty("local.server.port", Integer.class);
			try {
				WHILE_LOADING.put("readiness", probe(port, "readiness"));
				WHILE_LOADING.put("liveness", probe(port, "liveness"));
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

	}

}

package nl.koers.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A BRP Personen Bevragen server in the test JVM that answers as its OpenAPI document
 * describes: {@code POST /personen} with {@code RaadpleegMetBurgerservicenummer} gives
 * {@code 200} with the persons it knows (none for an unknown BSN), a wrong API key gives
 * {@code 401} and a malformed question {@code 400}, both as a {@code Foutbericht}. A test
 * can make it answer a BSN with a failure or too late, and reads the questions it got.
 */
final class BrpStub implements AutoCloseable {

	static final String API_KEY = "test-brp-key";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpServer server;

	private final Map<String, String> persons = new ConcurrentHashMap<>();

	private final Map<String, Integer> failures = new ConcurrentHashMap<>();

	private final Map<String, Duration> delays = new ConcurrentHashMap<>();

	private final List<Question> questions = new CopyOnWriteArrayList<>();

	BrpStub() {
		try {
			this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		this.server.createContext("/brp/personen", this::answer);
		this.server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
		this.server.start();
	}

	String baseUrl() {
		return "http://localhost:" + this.server.getAddress().getPort() + "/brp";
	}

	/**
	 * The BRP knows this person ({@code Persoon} as JSON).
	 */
	void knows(String bsn, String persoon) {
		this.persons.put(bsn, persoon);
	}

	void failsWith(String bsn, int status) {
		this.failures.put(bsn, status);
	}

	void answersLate(String bsn, Duration delay) {
		this.delays.put(bsn, delay);
	}

	List<Question> questions() {
		return new ArrayList<>(this.questions);
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	private void answer(HttpExchange exchange) throws IOException {
		try (exchange) {
			if (!"POST".equals(exchange.getRequestMethod())) {
				problem(exchange, 405, "Method Not Allowed", "methodNotAllowed");
				return;
			}
			JsonNode body = JSON.readTree(read(exchange.getRequestBody()));
			this.questions.add(new Question(exchange.getRequestHeaders().getFirst("X-API-KEY"),
					exchange.getRequestHeaders().getFirst("Content-Type"), body));
			if (!API_KEY.equals(exchange.getRequestHeaders().getFirst("X-API-KEY"))) {
				problem(exchange, 401, "Niet correct geauthenticeerd.", "authentication");
				return;
			}
			if (!"RaadpleegMetBurgerservicenummer".equals(body.path("type").asString())
					|| !body.path("fields").isArray() || body.path("fields").isEmpty()
					|| !body.path("burgerservicenummer").isArray()) {
				problem(exchange, 400, "Ten minste een parameter moet worden opgegeven.", "paramsRequired");
				return;
			}
			String bsn = body.path("burgerservicenummer").get(0).asString();
			Duration delay = this.delays.get(bsn);
			if (delay != null) {
				Thread.sleep(delay.toMillis());
			}
			Integer failure = this.failures.get(bsn);
			if (failure != null) {
				problem(exchange, failure, "Fout", "stubFailure");
				return;
			}
			String persoon = this.persons.get(bsn);
			send(exchange, 200, "application/json; charset=utf-8", """
					{"type": "RaadpleegMetBurgerservicenummer", "personen": [%s]}"""
				.formatted(persoon == null ? "" : persoon));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void problem(HttpExchange exchange, int status, String title, String code) throws IOException {
		send(exchange, status, "application/problem+json", """
				{"type": "https://datatracker.ietf.org/doc/html/rfc7231", "title": "%s", "status": %d,
				 "instance": "/haalcentraal/api/brp/personen", "code": "%s"}""".formatted(title, status, code));
	}

	private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", contentType);
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	private static String read(InputStream in) throws IOException {
		return new String(in.readAllBytes(), StandardCharsets.UTF_8);
	}

	/**
	 * A question as the stub received it.
	 */
	record Question(String apiKey, String contentType, JsonNode body) {
	}

}

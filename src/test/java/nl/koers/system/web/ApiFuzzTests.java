package nl.koers.system.web;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.koers.Fixtures;
import nl.koers.Fixtures.Municipality;
import nl.koers.KoersTest;
import nl.koers.client.api.ClientView;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * A property-based fuzz test of the API: for every operation that takes a JSON body
 * (every {@code @RequestBody} under {@code /api/v1}, found in the handler mappings),
 * bodies generated from the body's type (its record components, recursively), with
 * well-typed values and their edges next to wrong types, nulls, huge strings, NUL and
 * other control characters, unpaired surrogates, negative and huge numbers, impossible
 * dates, unknown enum constants, missing and extra fields, deep nesting and broken JSON,
 * sent by a user with every municipal role. No answer may be a 5xx, and every refusal is
 * problem details.
 *
 * <p>
 * The seed is new each run and part of every failure's message; to run one again, set it
 * in {@link #SEED}. {@link #TRIES_PER_OPERATION} bounds the time (a few hundred requests,
 * well under a minute); {@code target/api-fuzz-report.txt} counts the answers per status.
 */
@KoersTest
class ApiFuzzTests {

	/**
	 * A fixed seed to repeat a failed run; {@code null} for a new one each run.
	 */
	static final Long SEED = null;

	static final int TRIES_PER_OPERATION = 8;

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void noBodyOfAnyApiOperationGetsA5xxAndEveryRefusalIsProblemDetails() throws Exception {
		long seed = SEED != null ? SEED : new Random().nextLong();
		Random random = new Random(seed);
		Municipality municipality = this.fixtures.municipality();
		CurrentUser caller = municipality.user(Role.CONSULTANT, Role.COORDINATOR, Role.CONTRACT_MANAGER, Role.MANAGER,
				Role.ADMINISTRATOR, Role.AUDITOR);
		ClientView client = municipality.client(caller, Fixtures.details().caseLead(caller.id()));
		List<Operation> operations = operations();
		assertThat(operations).as("API operations with a JSON body").hasSizeGreaterThan(50);

		List<String> failures = new ArrayList<>();
		Map<Integer, Integer> statuses = new java.util.TreeMap<>();
		int sent = 0;
		for (Operation operation : operations) {
			Gen bodies = body(operation.body());
			for (int i = 0; i < TRIES_PER_OPERATION; i++) {
				String body = bodies.next(random);
				String path = operation.path(client.id(), random);
				MockHttpServletResponse answer = this.mvc
					.perform(request(operation.method(), path).with(user(caller))
						.contentType(MediaType.APPLICATION_JSON)
						.content(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
					.andReturn()
					.getResponse();
				sent++;
				statuses.merge(answer.getStatus(), 1, Integer::sum);
				String failure = failure(answer);
				if (failure != null && failures.size() < 20) {
					failures.add(failure + ": " + operation.method() + " " + path + " with " + (body.length() > 300
							? body.substring(0, 300) + "… (" + body.length() + " chars)" : body));
				}
			}
		}
		java.nio.file.Files.writeString(java.nio.file.Path.of("target", "api-fuzz-report.txt"),
				"seed %d, %d operations, %d requests, answers per status %s%n".formatted(seed, operations.size(), sent,
						statuses));
		assertThat(statuses.keySet()).as("some bodies are taken (seed %d)", seed).anyMatch(status -> status < 300);
		assertThat(failures)
			.as("seed %d, %d requests: answers that were a 5xx or a refusal without problem details", seed, sent)
			.isEmpty();
	}

	private static String failure(MockHttpServletResponse answer) {
		if (answer.getStatus() >= 500) {
			return String.valueOf(answer.getStatus());
		}
		if (answer.getStatus() >= 400) {
			String type = answer.getContentType();
			if (type == null || !MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(MediaType.parseMediaType(type))) {
				return answer.getStatus() + " as " + type;
			}
		}
		return null;
	}

	/**
	 * Every operation under {@code /api/v1} with a {@code @RequestBody}, in a fixed order
	 * (so that a seed repeats a run).
	 */
	private List<Operation> operations() {
		List<Operation> operations = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mappings.getHandlerMethods().entrySet()) {
			Optional<MethodParameter> body = Arrays.stream(entry.getValue().getMethodParameters())
				.filter(parameter -> parameter.hasParameterAnnotation(RequestBody.class))
				.findFirst();
			if (body.isEmpty() || entry.getKey().getPathPatternsCondition() == null) {
				continue;
			}
			for (String pattern : entry.getKey().getPathPatternsCondition().getPatternValues()) {
				if (!pattern.startsWith("/api/v1/")) {
					continue;
				}
				for (RequestMethod method : entry.getKey().getMethodsCondition().getMethods()) {
					operations.add(new Operation(HttpMethod.valueOf(method.name()), pattern,
							body.get().getGenericParameterType()));
				}
			}
		}
		operations.sort(Comparator.comparing(Operation::pattern).thenComparing(operation -> operation.method().name()));
		return operations;
	}

	record Operation(HttpMethod method, String pattern, Type body) {

		/**
		 * The path with the client's id where a client is meant, else an id that mostly
		 * does not exist (or, now and then, is no id at all).
		 */
		String path(UUID client, Random random) {
			Matcher variables = VARIABLE.matcher(this.pattern);
			StringBuilder path = new StringBuilder();
			while (variables.find()) {
				String before = this.pattern.substring(0, variables.start());
				String value;
				if (before.endsWith("/clients/")) {
					value = client.toString();
				}
				else if (variables.group(1).toLowerCase().contains("year")) {
					value = String.valueOf(2020 + random.nextInt(10));
				}
				else {
					value = random.nextInt(10) == 0 ? "not-an-id" : UUID.randomUUID().toString();
				}
				variables.appendReplacement(path, Matcher.quoteReplacement(value));
			}
			variables.appendTail(path);
			return path.toString();
		}

	}

	// The bodies: JSON text, written here so that it can also be malformed. A Gen makes
	// one
	// value from the run's random source, so that a seed repeats a run.

	interface Gen {

		String next(Random random);

		default Gen map(java.util.function.UnaryOperator<String> f) {
			return random -> f.apply(next(random));
		}

	}

	static Gen of(String... values) {
		return random -> values[random.nextInt(values.length)];
	}

	/**
	 * One of the generators, each chosen with its weight: {@code weighted(85, a, 15, b)}.
	 */
	static Gen weighted(Object... weightsAndGens) {
		return random -> {
			int total = 0;
			for (int i = 0; i < weightsAndGens.length; i += 2) {
				total += (Integer) weightsAndGens[i];
			}
			int pick = random.nextInt(total);
			for (int i = 0; i < weightsAndGens.length; i += 2) {
				pick -= (Integer) weightsAndGens[i];
				if (pick < 0) {
					return ((Gen) weightsAndGens[i + 1]).next(random);
				}
			}
			throw new IllegalStateException();
		};
	}

	static Gen body(Type type) {
		Gen broken = of("", "{", "{\"", "[]", "null", "\"x\"", "42", "{\"a\":1,\"a\":2}", "{\"a\":}", "\u0000",
				nested(5000), "{" + "\"a\":{".repeat(2000) + "}".repeat(2001));
		Gen wellFormed = weighted(50, value(type, 0, 15), 50, value(type, 0, 2));
		Gen truncated = wellFormed.map(json -> json.substring(0, json.length() / 2));
		return weighted(85, wellFormed, 10, broken, 5, truncated);
	}

	/**
	 * A value of the type, or, in {@code wrong} of a hundred, anything else: a wild body
	 * is refused early, a tame one reaches the services' rules.
	 */
	private static Gen value(Type type, int depth, int wrong) {
		Gen typed = depth > 4 ? anything() : typed(type, depth, wrong);
		return weighted(100 - wrong, typed, wrong, anything());
	}

	private static Gen typed(Type type, int depth, int wrong) {
		if (type instanceof WildcardType wildcard) {
			return typed(wildcard.getUpperBounds()[0], depth, wrong);
		}
		if (type instanceof GenericArrayType array) {
			return list(array.getGenericComponentType(), depth, wrong);
		}
		if (type instanceof ParameterizedType parameterized) {
			Class<?> raw = (Class<?>) parameterized.getRawType();
			Type[] arguments = parameterized.getActualTypeArguments();
			if (Collection.class.isAssignableFrom(raw)) {
				return list(arguments[0], depth, wrong);
			}
			if (Map.class.isAssignableFrom(raw)) {
				return map(arguments[0], arguments[1], depth, wrong);
			}
			if (raw == Optional.class) {
				return typed(arguments[0], depth, wrong);
			}
			return typed(raw, depth, wrong);
		}
		Class<?> raw = (Class<?>) type;
		if (raw == String.class || raw == CharSequence.class) {
			return strings();
		}
		if (raw == boolean.class || raw == Boolean.class) {
			return of("true", "false", "\"true\"", "1", "null");
		}
		if (raw.isPrimitive() || Number.class.isAssignableFrom(raw)) {
			return numbers();
		}
		if (raw == LocalDate.class || raw == YearMonth.class || raw == Year.class) {
			return of("2026-01-05", "2026-02-30", "0000-01-01", "-999999999-01-01", "+999999999-12-31", "9999-12-31",
					"1900-01-01", "2026-13", "2026", "yesterday", "")
				.map(ApiFuzzTests::quoted);
		}
		if (raw == Instant.class || raw == OffsetDateTime.class || raw == ZonedDateTime.class
				|| raw == LocalDateTime.class || raw == LocalTime.class) {
			return of("2026-01-05T10:00:00+01:00", "2026-01-05T10:00:00Z", "2026-01-05T10:00:00", "10:00",
					"+1000000000-01-01T00:00:00Z", "-999999999-01-01T00:00:00Z", "2026-01-05T25:61:00Z", "now")
				.map(ApiFuzzTests::quoted);
		}
		if (raw == UUID.class) {
			return weighted(50, (Gen) random -> new UUID(random.nextLong(), random.nextLong()).toString(), 50, of(
					"00000000-0000-0000-0000-000000000000", "not-a-uuid", "", "7E57CA5E-0000-4000-8000-00000000000A"))
				.map(ApiFuzzTests::quoted);
		}
		if (raw.isEnum()) {
			List<String> names = new ArrayList<>();
			for (Object constant : raw.getEnumConstants()) {
				names.add(((Enum<?>) constant).name());
			}
			names.add("NO_SUCH_VALUE");
			names.add(names.get(0).toLowerCase());
			names.add("");
			return of(names.toArray(String[]::new)).map(ApiFuzzTests::quoted);
		}
		if (raw.isArray()) {
			return list(raw.getComponentType(), depth, wrong);
		}
		if (raw.isRecord()) {
			return object(raw.getRecordComponents(), depth, wrong);
		}
		return anything();
	}

	/**
	 * A record's fields, each left out now and then, and now and then one it does not
	 * have.
	 */
	private static Gen object(RecordComponent[] components, int depth, int wrong) {
		List<String> names = new ArrayList<>();
		List<Gen> values = new ArrayList<>();
		for (RecordComponent component : components) {
			names.add(component.getName());
			values.add(value(component.getGenericType(), depth + 1, wrong));
		}
		Gen extra = anything();
		return random -> {
			List<String> fields = new ArrayList<>();
			for (int i = 0; i < names.size(); i++) {
				if (random.nextInt(100) >= wrong) {
					fields.add(quoted(names.get(i)) + ":" + values.get(i).next(random));
				}
			}
			if (random.nextInt(100) < wrong) {
				fields.add(random.nextInt(fields.size() + 1), "\"unexpected\":" + extra.next(random));
			}
			return "{" + String.join(",", fields) + "}";
		};
	}

	private static Gen list(Type element, int depth, int wrong) {
		Gen value = value(element, depth + 1, wrong);
		return random -> {
			List<String> values = new ArrayList<>();
			for (int i = random.nextInt(5); i > 0; i--) {
				values.add(value.next(random));
			}
			return "[" + String.join(",", values) + "]";
		};
	}

	private static Gen map(Type key, Type value, int depth, int wrong) {
		Gen keys = typed(key, depth + 1, wrong).map(json -> json.startsWith("\"") ? json : quoted(json));
		Gen values = value(value, depth + 1, wrong);
		return random -> {
			List<String> entries = new ArrayList<>();
			for (int i = random.nextInt(5); i > 0; i--) {
				entries.add(keys.next(random) + ":" + values.next(random));
			}
			return "{" + String.join(",", entries) + "}";
		};
	}

	private static Gen strings() {
		Gen anyChars = random -> {
			char[] chars = new char[random.nextInt(41)];
			for (int i = 0; i < chars.length; i++) {
				chars[i] = (char) random.nextInt(Character.MAX_VALUE + 1);
			}
			return new String(chars);
		};
		Gen letters = random -> {
			char[] chars = new char[1 + random.nextInt(20)];
			for (int i = 0; i < chars.length; i++) {
				chars[i] = (char) ((random.nextBoolean() ? 'a' : 'A') + random.nextInt(26));
			}
			return new String(chars);
		};
		Gen edges = of("", " ", "\u0000", "a\u0000b", "\u0007\u001b\t\n", "\ud83d\ude00 ünïcödé", "\u202e\u200b",
				"\ud800", "\udfff x", "\ufffe\uffff", "<script>alert(1)</script>", "' or 1=1 --", "%00",
				"${jndi:ldap://x}", "-1", "999999999999999999999", "2026-01-05", "123456782");
		return weighted(30, anyChars, 20, letters, 40, edges, 5, of("x".repeat(100_000)), 5, of("é".repeat(5_000)))
			.map(ApiFuzzTests::quoted);
	}

	private static Gen numbers() {
		Gen any = random -> String.valueOf(random.nextInt());
		Gen small = random -> String.valueOf(random.nextInt(106) - 5);
		Gen edges = of("0", "-1", "2147483648", "-9223372036854775809", "1e400", "-0.0", "0.5",
				"123456789012345678901234567890.123456789", "1E-400", "12.345", "\"12.50\"", "\"1.234,56\"", "\"-0\"",
				"NaN", "Infinity");
		return weighted(40, any, 20, small, 40, edges);
	}

	private static Gen anything() {
		return of("null", "true", "0", "-1", "\"x\"", "\"\"", "[]", "{}", "[1,\"a\",null]", "{\"a\":{\"b\":[]}}",
				nested(600), "\"\\u0000\"", "9".repeat(400));
	}

	private static String nested(int depth) {
		return "[".repeat(depth) + "]".repeat(depth);
	}

	/**
	 * A JSON string; every character outside printable ASCII is escaped, so that unpaired
	 * surrogates and NUL reach the server as JSON says them.
	 */
	static String quoted(String text) {
		StringBuilder json = new StringBuilder(text.length() + 2).append('"');
		for (char c : text.toCharArray()) {
			if (c == '"' || c == '\\') {
				json.append('\\').append(c);
			}
			else if (c < 0x20 || c > 0x7e) {
				json.append(String.format("\\u%04x", (int) c));
			}
			else {
				json.append(c);
			}
		}
		return json.append('"').toString();
	}

}

package nl.koers.system.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document as the NL API Design Rules ask for it: a real {@code info} block
 * with a semantic version and a contact, the base path {@code /api/v1} as the server, the
 * {@code API-Version} header on every answer, every error as problem details (400 for
 * invalid input wherever there is input), a security scheme for each way in, readable and
 * unique operation ids, and money as a decimal string.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	/**
	 * The version of the API: the major version is in the base path; every response
	 * carries it in {@value #VERSION_HEADER}.
	 */
	static final String VERSION = "1.0.0";

	static final String VERSION_HEADER = "API-Version";

	static final String BASE_PATH = "/api/v1";

	private static final String PROBLEM = "application/problem+json";

	/**
	 * Method names that say nothing without their resource: the HTTP method and the path
	 * name the operation instead.
	 */
	private static final Set<String> GENERIC_NAMES = Set.of("list", "get", "create", "update", "delete", "file", "page",
			"one", "all", "status", "outcome", "progress", "phase", "report", "show", "find", "approval", "items",
			"set", "make", "request", "requests", "campaign", "campaigns", "agreements", "agree", "raise", "ask",
			"perYear", "routes", "overdue", "contracts", "export", "importPackage", "worklist", "caseload");

	/**
	 * Verbs that name the operation when the resource is added
	 * ({@code closeAdviceRequest}).
	 */
	private static final Set<String> VERBS = Set.of("answer", "close", "withdraw", "decide", "propose", "end", "start",
			"record", "search", "confirm", "cancel", "verify", "reschedule", "plan", "nominate");

	private static final Map<Integer, String> ERRORS = errors();

	static {
		SpringDocUtils.getConfig()
			.replaceWithSchema(BigDecimal.class,
					new StringSchema().format("decimal")
						.pattern("^-?\\d+(\\.\\d+)?$")
						.example("5355.00")
						.description("An amount in euros as a decimal string"));
	}

	@Bean
	OpenAPI koersOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Koers API")
				.version(VERSION)
				.description("The JSON API of Koers, the client tracking system for klantprofiel 4: clients, "
						+ "routes, conversations, referrals, trajectories, budgets and reports. Every call acts "
						+ "within the caller's municipality; errors are RFC 9457 problem details.")
				.contact(new Contact().name("Koers").url("https://github.com/koers").email("koers@example.nl"))
				.license(new License().name("EUPL-1.2").identifier("EUPL-1.2")))
			.servers(List.of(new Server().url(BASE_PATH).description("This Koers installation")))
			.components(new Components().addSecuritySchemes("basicAuth", basicAuth())
				.addHeaders(VERSION_HEADER, versionHeader()))
			.addSecurityItem(new SecurityRequirement().addList("basicAuth"));
	}

	@Bean
	OpenApiCustomizer designRules() {
		return openApi -> {
			openApi.getComponents().addSchemas("Problem", problemSchema());
			openApi.setPaths(relativePaths(openApi.getPaths()));
			Set<String> operationIds = new HashSet<>();
			openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
				operation.setOperationId(unique(operationId(path, method, operation), operationIds));
				if (method == PathItem.HttpMethod.POST) {
					operation.addParametersItem(idempotencyKey());
				}
				describeResponses(method, operation);
			}));
		};
	}

	private static Parameter idempotencyKey() {
		return new HeaderParameter().name(IdempotencyFilter.HEADER)
			.required(false)
			.description("A key of the caller's choice (1 to 255 visible characters) that makes a retry safe: the "
					+ "same key with the same request within 24 hours answers as the first time without doing it "
					+ "again; with another request 422; while the first is still being processed 409")
			.schema(new StringSchema().minLength(1).maxLength(255).example("5f0c2b7e-9b1d-4c59-9e2f-4d8b8f1e2a61"));
	}

	private static Paths relativePaths(Paths paths) {
		Paths relative = new Paths();
		if (paths != null) {
			paths.forEach((path, item) -> relative
				.addPathItem(path.startsWith(BASE_PATH) ? path.substring(BASE_PATH.length()) : path, item));
		}
		return relative;
	}

	private static void describeResponses(PathItem.HttpMethod method, Operation operation) {
		ApiResponses responses = operation.getResponses() != null ? operation.getResponses() : new ApiResponses();
		operation.setResponses(responses);
		boolean hasInput = operation.getRequestBody() != null
				|| (operation.getParameters() != null && !operation.getParameters().isEmpty())
				|| !(method == PathItem.HttpMethod.GET || method == PathItem.HttpMethod.DELETE);
		boolean changes = method != PathItem.HttpMethod.GET;
		ERRORS.forEach((status, description) -> {
			if ((status != 400 || hasInput) && (status != 409 && status != 422 || changes)) {
				responses.putIfAbsent(Integer.toString(status), new ApiResponse().description(description));
			}
		});
		responses.forEach((status, response) -> {
			if (status.startsWith("2") || status.startsWith("3")) {
				response.addHeaderObject(VERSION_HEADER, new Header().$ref("#/components/headers/" + VERSION_HEADER));
				if (status.equals("201")) {
					response.addHeaderObject("Location", new Header().description("Where the created resource is read")
						.schema(new StringSchema().format("uri")));
				}
				jsonInsteadOfAnything(response);
			}
			else {
				response.setContent(new Content().addMediaType(PROBLEM,
						new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))));
			}
		});
	}

	private static void jsonInsteadOfAnything(ApiResponse response) {
		Content content = response.getContent();
		if (content != null && content.containsKey("*/*")) {
			MediaType any = content.remove("*/*");
			content.addMediaType("application/json", any);
		}
	}

	/**
	 * The Java method name where it says what the operation does; otherwise a name made
	 * of the HTTP method and the resource path ({@code listReferrals},
	 * {@code getReferral}, {@code answerAdviceRequest} for {@code PUT
	 * /advice-requests/{id}/answer}).
	 */
	static String operationId(String path, PathItem.HttpMethod method, Operation operation) {
		String name = operation.getOperationId() == null ? "" : operation.getOperationId().replaceAll("_\\d+$", "");
		List<String> segments = List.of(path.replaceFirst("^/", "").split("/"));
		boolean endsWithId = segments.get(segments.size() - 1).startsWith("{");
		List<String> nouns = nouns(segments);
		String last = nouns.isEmpty() ? "" : nouns.get(nouns.size() - 1);
		if (!nouns.isEmpty() && nouns.get(0).equals("Reports") && method == PathItem.HttpMethod.GET) {
			return "get" + String.join("", nouns.subList(1, nouns.size())) + "Report";
		}
		if (VERBS.contains(name)) {
			boolean named = sameStem(name, last) && nouns.size() > 1;
			return name + String.join("", named ? nouns.subList(0, nouns.size() - 1) : nouns);
		}
		if (name.isEmpty() || GENERIC_NAMES.contains(name) || sameStem(name, last)) {
			return verb(method, endsWithId) + String.join("", nouns);
		}
		return name;
	}

	private static List<String> nouns(List<String> segments) {
		List<String> nouns = new ArrayList<>();
		for (int i = 0; i < segments.size(); i++) {
			String segment = segments.get(i);
			if (segment.isEmpty() || segment.startsWith("{")) {
				continue;
			}
			boolean followedById = i + 1 < segments.size() && segments.get(i + 1).startsWith("{");
			nouns.add(pascal(followedById ? singular(segment) : segment));
		}
		return nouns;
	}

	private static boolean sameStem(String name, String noun) {
		return name.length() >= 3 && noun.length() >= 3
				&& name.regionMatches(true, 0, noun, 0, Math.min(4, Math.min(name.length(), noun.length())));
	}

	private static String verb(PathItem.HttpMethod method, boolean endsWithId) {
		return switch (method) {
			case GET -> endsWithId ? "get" : "list";
			case POST -> "create";
			case PUT, PATCH -> "update";
			case DELETE -> "delete";
			default -> method.name().toLowerCase(Locale.ROOT);
		};
	}

	private static String unique(String id, Set<String> taken) {
		String candidate = id;
		for (int i = 2; !taken.add(candidate); i++) {
			candidate = id + "Variant" + i;
		}
		return candidate;
	}

	private static String singular(String segment) {
		if (segment.endsWith("ies")) {
			return segment.substring(0, segment.length() - 3) + "y";
		}
		if (segment.endsWith("s") && !segment.endsWith("ss")) {
			return segment.substring(0, segment.length() - 1);
		}
		return segment;
	}

	private static String pascal(String kebab) {
		StringBuilder result = new StringBuilder();
		for (String part : kebab.split("[-.]")) {
			if (!part.isEmpty()) {
				result.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
			}
		}
		return result.toString();
	}

	private static Map<Integer, String> errors() {
		Map<Integer, String> errors = new LinkedHashMap<>();
		errors.put(400, "Invalid input: the problem names the invalid fields (errors: field, message)");
		errors.put(401, "Not signed in");
		errors.put(403, "The caller's role may not do this");
		errors.put(404, "Not found, or not visible to the caller");
		errors.put(406, "None of the accepted media types is served");
		errors.put(409, "Conflicts with the stored state: a stale version or a duplicate");
		errors.put(422, "Well-formed, but refused by a rule: the problem names every reason");
		errors.put(500, "An unexpected failure; nothing is changed");
		errors.put(503, "Temporarily unavailable (for example the access log cannot be written); try again later");
		return errors;
	}

	private static SecurityScheme basicAuth() {
		return new SecurityScheme().type(SecurityScheme.Type.HTTP)
			.scheme("basic")
			.description("HTTP Basic with a Koers user account: for development and the demo only (off unless "
					+ "turned on; not for accounts that need a second factor). Systems use oauth2");
	}

	private static Header versionHeader() {
		return new Header().description("The full version of the API that answered")
			.schema(new StringSchema().example(VERSION));
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static Schema problemSchema() {
		Schema error = new ObjectSchema().addProperty("field", new StringSchema())
			.addProperty("message", new StringSchema());
		return new ObjectSchema().description("RFC 9457 problem details")
			.addProperty("type", new StringSchema().format("uri"))
			.addProperty("title", new StringSchema())
			.addProperty("status", new IntegerSchema())
			.addProperty("detail", new StringSchema())
			.addProperty("instance", new StringSchema().format("uri"))
			.addProperty("errors", new ArraySchema().items(error))
			.required(List.of("status", "title", "detail"));
	}

}

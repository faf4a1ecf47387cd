package nl.koers;

import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import nl.koers.identity.api.ApiScope;
import nl.koers.identity.api.ApiSystems;
import nl.koers.identity.api.NewApiSystem;
import nl.koers.identity.api.Role;

import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Registered systems for tests, and their access tokens fetched as a system does: the
 * client-credentials form at {@code POST /oauth2/token}.
 */
public final class SystemTokens {

	private final ApiSystems systems;

	private final MockMvc mvc;

	public SystemTokens(ApplicationContext context) {
		this.systems = context.getBean(ApiSystems.class);
		this.mvc = context.getBean(MockMvc.class);
	}

	/**
	 * A new system of the municipality, bound to the organisation (or, without one, to
	 * the municipality with {@code role}).
	 */
	public RegisteredSystem register(UUID municipalityId, UUID organisationId, Role role, ApiScope... scopes) {
		String clientId = "sys-" + UUID.randomUUID().toString().substring(0, 12);
		String secret = "geheim-" + UUID.randomUUID();
		UUID userId = this.systems.createSystem(new NewApiSystem(municipalityId, organisationId, clientId,
				"Systeem " + clientId, secret, Set.of(scopes), role));
		return new RegisteredSystem(clientId, secret, userId);
	}

	/**
	 * An access token for these scopes (space-separated), with the secret in the header.
	 */
	public String token(String clientId, String secret, String scopes) throws Exception {
		String body = this.mvc
			.perform(post("/oauth2/token").with(httpBasic(clientId, secret))
				.param("grant_type", "client_credentials")
				.param("scope", scopes))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.access_token");
	}

	public String token(RegisteredSystem system, String scopes) throws Exception {
		return token(system.clientId(), system.secret(), scopes);
	}

	public static RequestPostProcessor bearer(String token) {
		return request -> {
			request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
			return request;
		};
	}

	public record RegisteredSystem(String clientId, String secret, UUID userId) {
	}

}

package nl.koers.identity;

import java.util.List;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import nl.koers.identity.api.ApiScope;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document names the way systems sign in: OAuth2 client credentials at
 * {@code /oauth2/token} with every scope, and per operation the scope its path needs
 * ({@link ApiScopePaths}), next to HTTP Basic for development and the demo. An operation
 * of no part (the access log) is open to Basic only, since no token reaches it.
 */
@Configuration(proxyBeanMethods = false)
class SystemTokenDocumentation {

	static final String SCHEME = "oauth2";

	private static final String BASIC = "basicAuth";

	private static final String API = "/api/v1";

	@Bean
	OpenApiCustomizer systemTokens() {
		return openApi -> {
			Scopes scopes = new Scopes();
			for (ApiScope scope : ApiScope.values()) {
				scopes.addString(scope.value(), scope.description());
			}
			openApi.getComponents()
				.addSecuritySchemes(SCHEME,
						new SecurityScheme().type(SecurityScheme.Type.OAUTH2)
							.description("An access token of a registered system (client credentials, "
									+ "client_secret_basic or client_secret_post); it lives five minutes by default")
							.flows(new OAuthFlows().clientCredentials(
									new OAuthFlow().tokenUrl(TokenConfiguration.TOKEN_PATH).scopes(scopes))));
			openApi.getPaths()
				.forEach((path, item) -> item.readOperations().forEach(operation -> secure(fullPath(path), operation)));
		};
	}

	private static void secure(String path, Operation operation) {
		SecurityRequirement basic = new SecurityRequirement().addList(BASIC);
		operation.setSecurity(ApiScopePaths.of(path)
			.map(scope -> List.of(new SecurityRequirement().addList(SCHEME, scope.value()), basic))
			.orElse(List.of(basic)));
	}

	private static String fullPath(String path) {
		return path.startsWith(API) ? path : API + path;
	}

}

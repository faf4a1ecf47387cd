package nl.koers.identity;

import java.time.Duration;
import java.util.UUID;

import nl.koers.identity.api.ApiScope;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The authorization server's clients are the registered systems: client credentials only,
 * with the secret in the header or the form, a self-contained JWT that lives
 * {@code koers.security.tokens.ttl}. A revoked system is an unknown client. Systems are
 * registered on the administrators' pages, never here.
 */
@Component
class ApiSystemClients implements RegisteredClientRepository {

	/**
	 * The client setting that carries the id of the account the system acts through.
	 */
	static final String USER_ID = "koers.user-id";

	private final ApiSystemRepository systems;

	private final Duration ttl;

	ApiSystemClients(ApiSystemRepository systems, @Value("${koers.security.tokens.ttl:5m}") Duration ttl) {
		this.systems = systems;
		this.ttl = ttl;
	}

	@Override
	public void save(RegisteredClient registeredClient) {
		throw new UnsupportedOperationException("systems are registered by an administrator");
	}

	@Override
	@Transactional(readOnly = true)
	public RegisteredClient findById(String id) {
		return this.systems.findById(UUID.fromString(id))
			.filter(system -> !system.isRevoked())
			.map(this::toClient)
			.orElse(null);
	}

	@Override
	@Transactional(readOnly = true)
	public RegisteredClient findByClientId(String clientId) {
		return this.systems.findByClientId(clientId)
			.filter(system -> !system.isRevoked())
			.map(this::toClient)
			.orElse(null);
	}

	private RegisteredClient toClient(ApiSystem system) {
		return RegisteredClient.withId(system.getId().toString())
			.clientId(system.getClientId())
			.clientName(system.getName())
			.clientSecret(system.getSecretHash())
			.clientIdIssuedAt(system.getCreatedAt())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.scopes(scopes -> system.getScopes().stream().map(ApiScope::value).forEach(scopes::add))
			.clientSettings(ClientSettings.builder().setting(USER_ID, system.getUserId().toString()).build())
			.tokenSettings(TokenSettings.builder()
				.accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
				.accessTokenTimeToLive(this.ttl)
				.build())
			.build();
	}

}

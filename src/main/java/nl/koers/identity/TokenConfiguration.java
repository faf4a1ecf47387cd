package nl.koers.identity;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * The OAuth2 authorization server for registered systems: only the client-credentials
 * grant at {@code POST /oauth2/token} and the public keys at {@code /oauth2/jwks}, in a
 * filter chain of their own before every other. A token's subject is the account the
 * system acts through, so that the API knows it as that user.
 */
@Configuration(proxyBeanMethods = false)
class TokenConfiguration {

	static final String TOKEN_PATH = "/oauth2/token";

	@Bean
	@Order(0)
	SecurityFilterChain tokens(HttpSecurity http, ApiSystemClients clients) throws Exception {
		http.securityMatcher(TOKEN_PATH, "/oauth2/jwks")
			.oauth2AuthorizationServer(server -> server.registeredClientRepository(clients)
				.authorizationService(new UnstoredAuthorizations()))
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.exceptionHandling(exceptions -> exceptions
				.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
		return http.build();
	}

	@Bean
	JWKSource<SecurityContext> tokenKeys(TokenSigningKey key) {
		return new ImmutableJWKSet<>(new JWKSet(key.jwk()));
	}

	@Bean
	JwtDecoder systemTokenDecoder(TokenSigningKey key) throws Exception {
		return NimbusJwtDecoder.withPublicKey(key.jwk().toRSAPublicKey())
			.signatureAlgorithm(SignatureAlgorithm.RS256)
			.build();
	}

	@Bean
	OAuth2TokenCustomizer<JwtEncodingContext> systemSubject() {
		return context -> {
			if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
				context.getClaims()
					.subject(context.getRegisteredClient().getClientSettings().getSetting(ApiSystemClients.USER_ID))
					.claim("client_id", context.getRegisteredClient().getClientId());
			}
		};
	}

}

package nl.koers.identity;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.koers.system.web.UiSecurity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.endpoint.NimbusJwtClientAuthenticationParametersConverter;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Single sign-on with OpenID Connect for every registration in
 * {@code spring.security.oauth2.client.registration}: the authorization code flow with
 * state, nonce and PKCE (S256, for confidential clients too), the client authenticated
 * with a secret or, as the NL GOV Assurance profile asks, a signed client assertion
 * ({@code private_key_jwt}, see {@link SsoClientKeys}). A sign-in ends with the Koers
 * account as principal ({@link SsoAuthentication}); a refused one on the login page.
 * Without registrations the UI is as it was.
 */
@Component
@EnableConfigurationProperties(SsoProperties.class)
class SsoSignIn implements UiSecurity {

	private static final Logger log = LoggerFactory.getLogger(SsoSignIn.class);

	private final ObjectProvider<ClientRegistrationRepository> registrations;

	private final SsoUsers users;

	private final SsoClientKeys clientKeys;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	private final SecurityContextRepository sessions = new DelegatingSecurityContextRepository(
			new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

	private final RedirectStrategy redirects = new DefaultRedirectStrategy();

	private final SignInMetrics metrics;

	private final SessionLimit sessionLimit;

	SsoSignIn(ObjectProvider<ClientRegistrationRepository> registrations, SsoUsers users, SsoClientKeys clientKeys,
			SignInMetrics metrics, SessionLimit sessionLimit) {
		this.sessionLimit = sessionLimit;
		this.registrations = registrations;
		this.users = users;
		this.clientKeys = clientKeys;
		this.metrics = metrics;
	}

	@Override
	public void configure(HttpSecurity http) throws Exception {
		ClientRegistrationRepository repository = this.registrations.getIfAvailable();
		if (repository == null) {
			return;
		}
		DefaultOAuth2AuthorizationRequestResolver requests = new DefaultOAuth2AuthorizationRequestResolver(repository,
				"/oauth2/authorization");
		requests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
		http.oauth2Login(login -> login.loginPage("/login")
			.clientRegistrationRepository(repository)
			.authorizedClientRepository(new NoAuthorizedClients())
			.authorizationEndpoint(authorization -> authorization.authorizationRequestResolver(requests))
			.tokenEndpoint(token -> token.accessTokenResponseClient(tokens()))
			.userInfoEndpoint(userInfo -> userInfo.oidcUserService(this.users))
			.successHandler(this::signedIn)
			.failureHandler(this::refused));
		http.logout(logout -> logout.logoutSuccessHandler(new SsoLogout(repository)));
	}

	/**
	 * The token request; with {@code private_key_jwt}, authenticated by a client
	 * assertion signed with the registration's key.
	 */
	private RestClientAuthorizationCodeTokenResponseClient tokens() {
		NimbusJwtClientAuthenticationParametersConverter<OAuth2AuthorizationCodeGrantRequest> assertions = new NimbusJwtClientAuthenticationParametersConverter<>(
				this.clientKeys);
		assertions.setJwtClientAssertionCustomizer(this.clientKeys::nameCertificate);
		RestClientAuthorizationCodeTokenResponseClient tokens = new RestClientAuthorizationCodeTokenResponseClient();
		tokens.addParametersConverter(assertions);
		return tokens;
	}

	private void signedIn(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws IOException {
		OAuth2AuthenticationToken token = (OAuth2AuthenticationToken) authentication;
		SsoUser user = (SsoUser) token.getPrincipal();
		SecurityContext context = this.contexts.createEmptyContext();
		context.setAuthentication(
				new SsoAuthentication(user.account(), token.getAuthorizedClientRegistrationId(), user.getIdToken()));
		this.contexts.setContext(context);
		this.sessions.saveContext(context, request, response);
		this.metrics.succeeded(SignInMetrics.Step.SSO);
		this.sessionLimit.enforce(user.account().getUsername(), request.getSession().getId());
		this.redirects.sendRedirect(request, response, "/");
	}

	private void refused(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		boolean noAccess = exception instanceof OAuth2AuthenticationException oauth
				&& SsoUsers.NO_ACCESS.equals(oauth.getError().getErrorCode());
		this.metrics.failed(SignInMetrics.Step.SSO);
		if (!noAccess) {
			log.warn("Single sign-on failed: {}", exception instanceof OAuth2AuthenticationException oauth
					? oauth.getError().getErrorCode() : exception.getClass().getSimpleName());
		}
		this.redirects.sendRedirect(request, response, noAccess ? "/login?noaccess" : "/login?ssofailed");
	}

}

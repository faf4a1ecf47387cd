package nl.koers.system.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two filter chains over the same user accounts: the JSON API under {@code /api} with
 * HTTP Basic and no session, and the browser UI with form login, a session and CSRF
 * protection.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	private static final String API_DOCS_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; object-src 'none'; frame-ancestors 'none'";

	/**
	 * Signed in means a {@link SignedInUser} (a CurrentUser): every service takes one, so
	 * an authentication of any other kind (a password still waiting for its second
	 * factor) is refused.
	 */
	private static final AuthorizationManager<RequestAuthorizationContext> SIGNED_IN = (authentication,
			context) -> new AuthorizationDecision(
					authentication.get() != null && authentication.get().getPrincipal() instanceof SignedInUser);

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	RequestRejectedHandler requestRejectedHandler(ProblemResponses problems) {
		return problems.rejected(new HttpStatusRequestRejectedHandler());
	}

	/**
	 * The metrics for Prometheus: no personal data, but not public either. Only a scraper
	 * with the scrape token gets them; no user account does, whatever its role (metrics
	 * cover every municipality, and administrators sign in with a second factor that a
	 * scraper cannot give).
	 */
	@Bean
	@Order(0)
	SecurityFilterChain metrics(HttpSecurity http, @Value("${" + ScrapeToken.PROPERTY + ":}") String token)
			throws Exception {
		ScrapeToken scrapeToken = new ScrapeToken(token);
		AuthenticationEntryPoint bearer = (request, response, exception) -> {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
			response.setStatus(HttpStatus.UNAUTHORIZED.value());
		};
		http.securityMatcher("/actuator/prometheus")
			.authorizeHttpRequests(requests -> requests.anyRequest()
				.access((authentication,
						context) -> new AuthorizationDecision(scrapeToken.presentedIn(context.getRequest()))))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// Stateless and read-only: no session cookie, so no CSRF to defend against.
			.csrf(csrf -> csrf.disable())
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(bearer)
				.accessDeniedHandler((request, response, denied) -> bearer.commence(request, response, null)));
		return http.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiDocs(HttpSecurity http) throws Exception {
		http.securityMatcher("/v3/api-docs/**", "/v3/api-docs", "/swagger-ui/**", "/swagger-ui.html",
				ApiDocumentController.PATH)
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.cors(cors -> cors.configurationSource(request -> {
				CorsConfiguration anyone = new CorsConfiguration();
				anyone.addAllowedOrigin("*");
				anyone.addAllowedMethod("GET");
				return anyone;
			}))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(API_DOCS_CSP)));
		return http.build();
	}

	/**
	 * The JSON API, without a session: registered systems sign in with access tokens
	 * (identity's {@link ApiSecurity} part); HTTP Basic with a user's password only when
	 * {@code koers.api.basic-auth.enabled} (off by default, on with the demo data), for
	 * development and the demo, since it has no second factor.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain api(HttpSecurity http, ProblemResponses problems,
			@Value("${koers.api.basic-auth.enabled:false}") boolean basicAuth, ObjectProvider<ApiSecurity> parts)
			throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().access(SIGNED_IN))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// Stateless: the API reads no session cookie, so there is no CSRF to defend
			// against.
			.csrf(csrf -> csrf.disable())
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP)))
			.exceptionHandling(exceptions -> exceptions
				.authenticationEntryPoint(problems.entryPoint(HttpStatus.UNAUTHORIZED, basicAuth))
				.accessDeniedHandler(problems.accessDenied()));
		if (basicAuth) {
			http.httpBasic(basic -> basic.realmName("Koers")
				.authenticationEntryPoint(new SignInOutage(problems.entryPoint(HttpStatus.UNAUTHORIZED, true))));
		}
		for (ApiSecurity part : parts.orderedStream().toList()) {
			part.configure(http);
		}
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain ui(HttpSecurity http, ObjectProvider<UiSecurity> parts) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/login", "/css/**", "/js/**", "/nlds/**", "/webjars/**", "/favicon.ico", "/error",
					"/actuator/health", "/actuator/health/**")
			.permitAll()
			.anyRequest()
			.access(SIGNED_IN))
			.formLogin(form -> form.loginPage("/login").failureUrl("/login?error").defaultSuccessUrl("/", true))
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
				.frameOptions(frame -> frame.deny())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		for (UiSecurity part : parts.orderedStream().toList()) {
			part.configure(http);
		}
		return http.build();
	}

}

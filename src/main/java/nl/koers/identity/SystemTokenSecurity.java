package nl.koers.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.koers.system.web.ApiSecurity;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API accepts access tokens of registered systems (OAuth2 resource server): the
 * token's account becomes the signed-in {@code CurrentUser}, and a call to a part of the
 * API ({@link ApiScopePaths}) whose scope the token lacks is refused with 403 before any
 * controller runs. A missing, expired or refused token answers 401 with a problem detail
 * and a Bearer challenge.
 */
@Component
@Order(0)
class SystemTokenSecurity implements ApiSecurity {

	private final JwtDecoder decoder;

	private final SystemTokenConverter converter;

	SystemTokenSecurity(JwtDecoder decoder, SystemTokenConverter converter) {
		this.decoder = decoder;
		this.converter = converter;
	}

	@Override
	public void configure(HttpSecurity http) throws Exception {
		http.oauth2ResourceServer(server -> server.authenticationEntryPoint(new ProblemEntryPoint())
			.jwt(jwt -> jwt.decoder(this.decoder).jwtAuthenticationConverter(this.converter)))
			.addFilterAfter(new ScopeFilter(), ExceptionTranslationFilter.class);
	}

	/**
	 * The Bearer challenge of RFC 6750 with the API's problem detail as body.
	 */
	private static final class ProblemEntryPoint implements AuthenticationEntryPoint {

		private final BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();

		@Override
		public void commence(HttpServletRequest request, HttpServletResponse response,
				AuthenticationException exception) throws IOException {
			this.challenge.commence(request, response, exception);
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			HttpStatus status = HttpStatus.valueOf(response.getStatus());
			response.getWriter()
				.write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
						+ status.value() + ",\"detail\":\"The access token is missing, expired or not valid.\"}");
		}

	}

	/**
	 * Refuses a system's call to a part of the API its token has no scope for; the
	 * refusal becomes the API's 403 problem detail.
	 */
	private static final class ScopeFilter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication instanceof SystemAuthentication system
					&& !ApiScopePaths.of(request.getRequestURI().substring(request.getContextPath().length()))
						.filter(system::has)
						.isPresent()) {
				throw new AccessDeniedException("the token has no scope for this part of the API");
			}
			chain.doFilter(request, response);
		}

	}

}

package nl.koers.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.web.ApiSecurity;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic has no second factor: a user who needs one is not signed in by it, and the
 * API answers its usual 401.
 */
@Component
class BasicWithoutSecondFactor implements ApiSecurity {

	private final SecondFactorService factors;

	BasicWithoutSecondFactor(SecondFactorService factors) {
		this.factors = factors;
	}

	@Override
	public void configure(HttpSecurity http) throws Exception {
		http.addFilterAfter(new Refusal(), BasicAuthenticationFilter.class);
	}

	private final class Refusal extends OncePerRequestFilter {

		private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (sentBasic(request)
					&& this.holder.getContext()
						.getAuthentication() instanceof UsernamePasswordAuthenticationToken password
					&& password.getPrincipal() instanceof CurrentUser user && factors.needed(user)) {
				this.holder.clearContext();
			}
			chain.doFilter(request, response);
		}

		private static boolean sentBasic(HttpServletRequest request) {
			String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
			return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
		}

	}

}

package nl.koers.identity;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a sign-in that waits for its second factor on the second factor's pages: there
 * (and only there) its {@link PasswordVerified} passes as a {@link SecondFactorStep}, for
 * this request; any other page but the public ones and logout sends it to
 * {@code /second-factor}. An error page it shows as to someone not signed in, since the
 * page's header expects a signed-in user. Not a bean, so that it runs in the UI's chain
 * only.
 */
class SecondFactorGate extends OncePerRequestFilter {

	static final String PAGE = "/second-factor";

	private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

	private static final RequestMatcher STEP = PATHS.matcher(PAGE + "/**");

	private static final RequestMatcher PASS = new OrRequestMatcher(
			List.of(PATHS.matcher("/logout"), PATHS.matcher("/css/**"), PATHS.matcher("/js/**"),
					PATHS.matcher("/webjars/**"), PATHS.matcher("/favicon.ico")));

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = this.holder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof PasswordVerified verified)
				|| PASS.matches(request)) {
			chain.doFilter(request, response);
			return;
		}
		if (request.getDispatcherType() == DispatcherType.ERROR) {
			continueAs(null, request, response, chain);
			return;
		}
		if (!STEP.matches(request)) {
			response.sendRedirect(request.getContextPath() + PAGE);
			return;
		}
		continueAs(
				UsernamePasswordAuthenticationToken
					.authenticated(new SecondFactorStep(verified.userId(), verified.username()), null, List.of()),
				request, response, chain);
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	/**
	 * Goes on with this authentication for this request only: the session keeps its own.
	 */
	private void continueAs(Authentication authentication, HttpServletRequest request, HttpServletResponse response,
			FilterChain chain) throws ServletException, IOException {
		SecurityContext original = this.holder.getContext();
		SecurityContext replaced = this.holder.createEmptyContext();
		replaced.setAuthentication(authentication);
		this.holder.setContext(replaced);
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (this.holder.getContext() == replaced) {
				this.holder.setContext(original);
			}
		}
	}

}

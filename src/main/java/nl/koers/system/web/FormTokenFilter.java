package nl.koers.system.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A form posted twice with the same one-time token ({@link FormTokenFields}: a double
 * click, a repeated submit, two identical parallel posts) runs once. The first post
 * claims the token in {@link IdempotencyStore} (per signed-in user, 24 hours); when it
 * answers with a redirect (post/redirect/get) that redirect is kept and every later post
 * with the token gets the same redirect without running again. Any other answer (the form
 * again with its reasons, a search's results, an error) frees the token, so the next post
 * runs as usual.
 *
 * <p>
 * A post that arrives while the first is still running waits for it, up to {@link #WAIT}:
 * then it gets the first one's redirect, or runs itself when the first one freed the
 * token; a first post still running after that gives 409. The token belongs to one form's
 * contents: a post with the token of another method, path or other values (or another
 * user's token) runs as if it had none. A post without a token (an old page, a test that
 * posts directly) runs as before: the token is an extra protection, not a requirement.
 * Runs after the security filters (so after the CSRF check), for the UI's posts only; the
 * API has {@link IdempotencyFilter}.
 */
@Component
@Order(1)
class FormTokenFilter extends OncePerRequestFilter {

	static final Duration WAIT = Duration.ofSeconds(10);

	private static final Duration POLL = Duration.ofMillis(50);

	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{16,64}");

	/**
	 * The API's keys have no space ({@link IdempotencyFilter}), so form tokens never meet
	 * them in the shared table.
	 */
	private static final String KEY_PREFIX = "form ";

	private static final String CSRF_PARAMETER = "_csrf";

	private final IdempotencyStore requests;

	FormTokenFilter(IdempotencyStore requests) {
		this.requests = requests;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || ApiVersionFilter.isApi(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		String token = token(request);
		if (token == null || caller == null || !(caller.getPrincipal() instanceof SignedInUser)) {
			chain.doFilter(request, response);
			return;
		}
		String user = caller.getName();
		String key = KEY_PREFIX + token;
		String path = request.getRequestURI()
				+ (request.getQueryString() == null ? "" : "?" + request.getQueryString());
		byte[] hash = fingerprint(request);
		long until = System.nanoTime() + WAIT.toNanos();
		while (true) {
			Optional<IdempotencyStore.Earlier> earlier = this.requests.claim(user, key, request.getMethod(), path,
					hash);
			if (earlier.isEmpty()) {
				run(user, key, request, response, chain);
				return;
			}
			if (!earlier.get().same(request.getMethod(), path, hash)) {
				chain.doFilter(request, response);
				return;
			}
			if (earlier.get().status() != null) {
				response.setStatus(earlier.get().status());
				response.setHeader(HttpHeaders.LOCATION, earlier.get().location());
				return;
			}
			if (System.nanoTime() > until) {
				response.sendError(HttpStatus.CONFLICT.value());
				return;
			}
			pause();
		}
	}

	private void run(String user, String key, HttpServletRequest request, HttpServletResponse response,
			FilterChain chain) throws ServletException, IOException {
		boolean kept = false;
		try {
			chain.doFilter(request, response);
			int status = response.getStatus();
			String location = response.getHeader(HttpHeaders.LOCATION);
			if (status >= 300 && status < 400 && location != null) {
				this.requests.answered(user, key, status, null, location, null);
				kept = true;
			}
		}
		finally {
			if (!kept) {
				this.requests.release(user, key);
			}
		}
	}

	private static String token(HttpServletRequest request) {
		String token = request.getHeader(FormTokenFields.HEADER);
		if (token == null) {
			token = request.getParameter(FormTokenFields.PARAMETER);
		}
		return token != null && TOKEN.matcher(token).matches() ? token : null;
	}

	/**
	 * The form's values, in order of their names, without the tokens: a double click
	 * sends the same values, a changed form does not. Files are not read (a multipart
	 * form's boundary differs per post); their form's other fields count.
	 */
	private static byte[] fingerprint(HttpServletRequest request) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (Map.Entry<String, String[]> parameter : new TreeMap<>(request.getParameterMap()).entrySet()) {
				if (parameter.getKey().equals(FormTokenFields.PARAMETER) || parameter.getKey().equals(CSRF_PARAMETER)) {
					continue;
				}
				update(digest, parameter.getKey());
				for (String value : parameter.getValue()) {
					update(digest, value);
				}
				digest.update((byte) 1);
			}
			return digest.digest();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

	private static void update(MessageDigest digest, String text) {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
		digest.update((byte) ':');
		digest.update(bytes);
	}

	private static void pause() throws IOException {
		try {
			Thread.sleep(POLL.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while waiting for the same form's first post", ex);
		}
	}

}

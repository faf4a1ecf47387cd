package nl.koers.system.web;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.StreamUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code Idempotency-Key} on the API's POSTs: the first request with a key is processed
 * and its answer kept for 24 hours; the same caller sending the same key again gets that
 * answer again, without a second record, when method, path and body are the same, 422
 * when they differ, and 409 while the first is still being processed. A request that
 * failed on the server's side (5xx) frees its key for a retry. A request that was
 * processed but whose answer could not be kept keeps its key: its change may have been
 * saved, so a retry with that key is refused (409, outcome unknown) rather than run
 * twice. Runs after the security filters, so keys are per signed-in caller.
 */
@Component
@Order(0)
class IdempotencyFilter extends OncePerRequestFilter {

	static final String HEADER = "Idempotency-Key";

	private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

	/**
	 * Longer than any request runs: a claim this old without an answer was processed, but
	 * its answer was not kept.
	 */
	static final Duration PROCESSING = Duration.ofMinutes(10);

	private final IdempotencyStore requests;

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final JsonMapper json;

	private final Clock clock;

	IdempotencyFilter(IdempotencyStore requests, MessageSource messages, LocaleResolver locales, JsonMapper json,
			Clock clock) {
		this.requests = requests;
		this.messages = messages;
		this.locales = locales;
		this.json = json;
		this.clock = clock;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !ApiVersionFilter.isApi(request)
				|| request.getHeader(HEADER) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		String key = request.getHeader(HEADER);
		if (caller == null || !caller.isAuthenticated()) {
			chain.doFilter(request, response);
			return;
		}
		if (!KEY.matcher(key).matches()) {
			problem(request, response, HttpStatus.BAD_REQUEST, "problem.idempotencyKey.invalid");
			return;
		}
		CachedBodyRequest cached = new CachedBodyRequest(request,
				StreamUtils.copyToByteArray(request.getInputStream()));
		String path = request.getRequestURI()
				+ (request.getQueryString() == null ? "" : "?" + request.getQueryString());
		byte[] hash = sha256(cached.body());
		Optional<IdempotencyStore.Earlier> earlier = this.requests.claim(caller.getName(), key, request.getMethod(),
				path, hash);
		if (earlier.isPresent()) {
			answerAgain(earlier.get(), request, path, hash, response);
			return;
		}
		ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
		try {
			chain.doFilter(cached, answer);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			release(caller.getName(), key, ex);
			throw ex;
		}
		if (answer.getStatus() >= 500) {
			release(caller.getName(), key, null);
		}
		else {
			// if this fails, the claim stays without an answer: the outcome is unknown
			this.requests.answered(caller.getName(), key, answer.getStatus(), answer.getContentType(),
					answer.getHeader(HttpHeaders.LOCATION), answer.getContentAsByteArray());
		}
		answer.copyBodyToResponse();
	}

	/**
	 * Frees the key of a request that failed; a failure to free it (the database away)
	 * must not hide the request's own failure.
	 */
	private void release(String caller, String key, Exception failure) {
		try {
			this.requests.release(caller, key);
		}
		catch (RuntimeException ex) {
			if (failure == null) {
				throw ex;
			}
			failure.addSuppressed(ex);
		}
	}

	private void answerAgain(IdempotencyStore.Earlier earlier, HttpServletRequest request, String path, byte[] hash,
			HttpServletResponse response) throws IOException {
		if (!earlier.same(request.getMethod(), path, hash)) {
			problem(request, response, HttpStatus.UNPROCESSABLE_CONTENT, "problem.idempotencyKey.reused");
			return;
		}
		if (earlier.status() == null) {
			problem(request, response, HttpStatus.CONFLICT,
					earlier.processedBefore(this.clock.instant().minus(PROCESSING))
							? "problem.idempotencyKey.outcomeUnknown" : "problem.idempotencyKey.inProgress");
			return;
		}
		response.setStatus(earlier.status());
		if (earlier.contentType() != null) {
			response.setContentType(earlier.contentType());
		}
		if (earlier.location() != null) {
			response.setHeader(HttpHeaders.LOCATION, earlier.location());
		}
		response.setHeader("Idempotent-Replayed", "true");
		if (earlier.body() != null) {
			response.getOutputStream().write(earlier.body());
		}
	}

	/**
	 * A problem in the user's language, resolved as the controllers resolve it: this
	 * filter runs before them.
	 */
	private void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String messageKey)
			throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				this.messages.getMessage(messageKey, null, this.locales.resolveLocale(request)));
		problem.setTitle(status.getReasonPhrase());
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.json.writeValue(response.getOutputStream(), problem);
	}

	private static byte[] sha256(byte[] body) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(body);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

}

package nl.koers.system.web;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id to follow it through the logs of every node: the
 * {@code X-Request-Id} a reverse proxy (or the caller) sent, when it is well-formed, else
 * a new one. The answer carries it in the same header, and every log line written for the
 * request has it ({@value #LOG_KEY}, the field of the Elastic Common Schema). It runs
 * before everything else, security included, and again for the error page of the same
 * request.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIds extends OncePerRequestFilter {

	static final String HEADER = "X-Request-Id";

	static final String LOG_KEY = "http.request.id";

	/**
	 * Letters, digits, dot, underscore and hyphen (UUIDs, nginx's {@code $request_id}):
	 * nothing that could forge a log line, and not too long.
	 */
	private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._-]{8,64}");

	private static final String ATTRIBUTE = RequestIds.class.getName();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String id = requestId(request);
		response.setHeader(HEADER, id);
		MDC.put(LOG_KEY, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(LOG_KEY);
		}
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	private static String requestId(HttpServletRequest request) {
		if (request.getAttribute(ATTRIBUTE) instanceof String known) {
			return known;
		}
		String sent = request.getHeader(HEADER);
		String id = sent != null && WELL_FORMED.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
		request.setAttribute(ATTRIBUTE, id);
		return id;
	}

}

package nl.koers.system.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * Problem details for requests that the security filters turn away before any controller
 * runs.
 */
@Component
class ProblemResponses {

	AuthenticationEntryPoint entryPoint(HttpStatus status, boolean basicChallenge) {
		return (request, response, exception) -> {
			if (basicChallenge) {
				response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Koers\"");
			}
			write(response, status, "Authentication is required to use the Koers API.");
		};
	}

	AccessDeniedHandler accessDenied() {
		return (request, response, exception) -> write(response, HttpStatus.FORBIDDEN,
				"Your role does not allow this action.");
	}

	/**
	 * A request the firewall turns away (a double slash, an encoded dot segment, a
	 * semicolon in the path) is bad input: under {@code /api} a problem detail, elsewhere
	 * as the delegate answers it.
	 */
	RequestRejectedHandler rejected(RequestRejectedHandler delegate) {
		return (request, response, exception) -> {
			if (ApiVersionFilter.isApi(request)) {
				write(response, HttpStatus.BAD_REQUEST, "The address of the request is not valid.");
			}
			else {
				delegate.handle(request, response, exception);
			}
		};
	}

	private static void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
					+ status.value() + ",\"detail\":\"" + detail + "\"}");
	}

}

package nl.koers.system.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * HTTP Basic whose credentials could not be checked because the user store (the database)
 * is unavailable: 503 with {@code Retry-After} as a problem detail, not the 401 of wrong
 * credentials; otherwise the given entry point.
 */
final class SignInOutage implements AuthenticationEntryPoint {

	private final AuthenticationEntryPoint otherwise;

	SignInOutage(AuthenticationEntryPoint otherwise) {
		this.otherwise = otherwise;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException, jakarta.servlet.ServletException {
		if (!(exception instanceof InternalAuthenticationServiceException)) {
			this.otherwise.commence(request, response, exception);
			return;
		}
		HttpStatus status = HttpStatus.SERVICE_UNAVAILABLE;
		response.setStatus(status.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, "30");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
					+ status.value()
					+ ",\"detail\":\"The credentials cannot be checked now. Please try again later.\"}");
	}

}

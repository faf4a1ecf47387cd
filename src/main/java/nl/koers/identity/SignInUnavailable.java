package nl.koers.identity;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * A sign-in that failed because the user store or the throttles could not be read (the
 * database is unavailable): not a wrong password, so not counted, and answered with 503
 * and the login page saying to try again later.
 */
final class SignInUnavailable {

	/**
	 * The request attribute the login page shows its message for.
	 */
	static final String ATTRIBUTE = "signInUnavailable";

	static final String RETRY_AFTER_SECONDS = "30";

	private SignInUnavailable() {
	}

	static void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
		request.setAttribute(ATTRIBUTE, Boolean.TRUE);
		try {
			request.getRequestDispatcher("/login").forward(new Get(request), response);
		}
		catch (ServletException ex) {
			throw new IOException(ex);
		}
	}

	/**
	 * The sign-in's request as the login page's GET.
	 */
	private static final class Get extends HttpServletRequestWrapper {

		Get(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return "GET";
		}

	}

}

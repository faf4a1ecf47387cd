package nl.koers.system.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Problem details for an API request that no controller takes: an unknown path or a
 * trailing slash (404), a method the path does not have (405, with {@code Allow}), a
 * media type that is not served (406) or read (415). {@link ApiExceptionHandler} only
 * advises the API's controllers, and these fail before one is matched; outside
 * {@code /api} the exception goes on to the UI's error pages unchanged.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ApiRoutingProblems {

	private final ApiExceptionHandler problems;

	ApiRoutingProblems(ApiExceptionHandler problems) {
		this.problems = problems;
	}

	@ExceptionHandler({ NoResourceFoundException.class, NoHandlerFoundException.class,
			HttpRequestMethodNotSupportedException.class, HttpMediaTypeNotAcceptableException.class,
			HttpMediaTypeNotSupportedException.class })
	ResponseEntity<Object> unmatched(Exception ex, HttpServletRequest request, WebRequest webRequest) throws Exception {
		if (!ApiVersionFilter.isApi(request)) {
			// Not an API request: the next exception resolver handles it as before.
			throw ex;
		}
		return this.problems.handleException(ex, webRequest);
	}

}

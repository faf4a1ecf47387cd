package nl.koers.client;

import java.net.URI;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The one place where every page of a client file (tabs, forms, htmx fragments,
 * downloads, also other modules' pages that pass {@code ClientAccess}) turns a missing
 * reason of access into the prompt: a redirect to {@code /clients/{id}/reason} with the
 * page to go on to afterwards, for htmx as {@code HX-Redirect}. The API is never prompted
 * (see docs/security.md).
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReasonPrompt {

	private static final String API = "/api/";

	/**
	 * Whether the current request is a page: a request a controller serves (not work
	 * outside a request, not a filter), not the API. Only pages ask for a reason of
	 * access.
	 */
	static boolean onPage() {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return false;
		}
		HttpServletRequest request = attributes.getRequest();
		if (request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) == null) {
			return false;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !path.startsWith(API);
	}

	@ExceptionHandler(ReasonRequiredException.class)
	ResponseEntity<Void> prompt(ReasonRequiredException ex, HttpServletRequest request) {
		String prompt = UriComponentsBuilder.fromPath(request.getContextPath() + "/clients/{id}/reason")
			.queryParam("next", next(ex.clientId(), request))
			.encode()
			.buildAndExpand(ex.clientId())
			.toUriString();
		if (request.getHeader("HX-Request") != null) {
			return ResponseEntity.ok().header("HX-Redirect", prompt).build();
		}
		return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, prompt).build();
	}

	/**
	 * Where to go once the reason is given: the page asked for (a plain GET), the page
	 * the browser shows (htmx), else the client file.
	 */
	private static String next(UUID clientId, HttpServletRequest request) {
		String file = "/clients/" + clientId;
		String htmxPage = request.getHeader("HX-Current-URL");
		if (htmxPage != null) {
			try {
				URI current = URI.create(htmxPage);
				return local(current.getRawPath() + (current.getRawQuery() == null ? "" : "?" + current.getRawQuery()),
						request, file);
			}
			catch (IllegalArgumentException ex) {
				return file;
			}
		}
		if (HttpMethod.GET.matches(request.getMethod())) {
			String query = request.getQueryString();
			return local(request.getRequestURI() + (query == null ? "" : "?" + query), request, file);
		}
		return file;
	}

	private static String local(String path, HttpServletRequest request, String fallback) {
		if (path == null || !path.startsWith(request.getContextPath() + "/")) {
			return fallback;
		}
		String local = path.substring(request.getContextPath().length());
		return safe(local) ? local : fallback;
	}

	/**
	 * A path on this site, never another site: starts with one slash, no backslash, no
	 * line break.
	 */
	static boolean safe(String next) {
		return next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")
				&& next.chars().noneMatch(Character::isISOControl) && next.length() <= 500;
	}

}

package nl.koers.system.web;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.koers.system.DatabaseErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The database out of reach (no connection to be had, or the connection dropped during
 * the request) is answered honestly: 503 with {@code Retry-After}, as problem details on
 * the API and as a plain page in the UI, logged once at WARN by SQL state or exception
 * class, never by the driver's message. It wraps everything but the request id and the
 * API version, so it also answers failures of the filters that reach the database before
 * any controller (the session, the security context, idempotency keys): those would
 * otherwise go to the container's error page, which needs the database again.
 * <p>
 * A request that changed data may have been committed just before the connection broke (a
 * commit whose answer did not arrive): the answer to such a request says that the change
 * may or may not have been saved, never that nothing happened.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class DatabaseUnavailable extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);

	/**
	 * How long a caller waits before trying again: a restart or fail-over of PostgreSQL.
	 */
	static final Duration RETRY_AFTER = Duration.ofSeconds(30);

	static final String TEMPLATE = "error-unavailable";

	/**
	 * Headers of the failed answer that do not belong to the 503: what it would have
	 * returned. The rest (request id, API version, security headers) stays.
	 */
	private static final Set<String> DROPPED = Set.of("content-type", "content-length", "content-disposition",
			"content-language", "location", "etag", "last-modified", "link", "retry-after", "cache-control", "expires",
			"pragma");

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final JsonMapper json;

	private final ITemplateEngine templates;

	DatabaseUnavailable(MessageSource messages, LocaleResolver locales, JsonMapper json, ITemplateEngine templates) {
		this.messages = messages;
		this.locales = locales;
		this.json = json;
		this.templates = templates;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (!DatabaseErrors.unavailable(ex)) {
				if (DatabaseErrors.fromDatabase(ex)) {
					throw withoutValues(ex);
				}
				throw ex;
			}
			logOnce(ex);
			if (response.isCommitted()) {
				// Part of the answer is on its way: it must not look complete. The
				// container
				// breaks off the connection; the driver's message is not passed on.
				throw new ServletException("The database became unavailable after the answer was started");
			}
			answer(request, response);
		}
	}

	/**
	 * Any other database error that no handler took (a page's 500): the container would
	 * log the driver's message, which may repeat the values of the statement (the row a
	 * check refused, input PostgreSQL could not read). Logged here by SQL state,
	 * constraint and where in Koers it happened; the container gets an exception without
	 * them.
	 */
	private static ServletException withoutValues(Exception ex) {
		String described = DatabaseErrors.describe(ex);
		log.error("Unexpected database error: {} ({}) at {}", described, ex.getClass().getName(), origin(ex));
		return new ServletException("Unexpected database error: " + described);
	}

	/**
	 * The first frame of Koers in the innermost cause that has one: the code that ran the
	 * statement.
	 */
	private static String origin(Throwable ex) {
		List<Throwable> causes = new ArrayList<>();
		for (Throwable cause = ex; cause != null && !causes.contains(cause); cause = cause.getCause()) {
			causes.add(0, cause);
		}
		for (Throwable cause : causes) {
			for (StackTraceElement frame : cause.getStackTrace()) {
				if (frame.getClassName().startsWith("nl.koers.") && !frame.getClassName().contains("$$")) {
					return frame.toString();
				}
			}
		}
		return "?";
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	/**
	 * Logs the failure at WARN, by SQL state or class only: the driver's message may hold
	 * the values of the statement.
	 */
	static void logOnce(Throwable ex) {
		log.warn("Database unavailable, answered 503: {} ({})", DatabaseErrors.describe(ex),
				ex.getClass().getSimpleName());
	}

	/**
	 * The detail of the 503: whether a change sent with the request may have been saved
	 * depends on the method.
	 */
	static String messageKey(HttpServletRequest request) {
		return changes(request) ? "problem.databaseUnavailable.change" : "problem.databaseUnavailable";
	}

	private static boolean changes(HttpServletRequest request) {
		return !Set.of("GET", "HEAD", "OPTIONS").contains(request.getMethod());
	}

	private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
		List<Map.Entry<String, String>> kept = new ArrayList<>();
		for (String name : response.getHeaderNames()) {
			if (!DROPPED.contains(name.toLowerCase(Locale.ROOT))) {
				response.getHeaders(name).forEach(value -> kept.add(Map.entry(name, value)));
			}
		}
		response.reset();
		kept.forEach(header -> response.addHeader(header.getKey(), header.getValue()));
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER.toSeconds()));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setCharacterEncoding("UTF-8");
		Locale locale = this.locales.resolveLocale(request);
		if (ApiVersionFilter.isApi(request)) {
			Map<String, Object> problem = new LinkedHashMap<>();
			problem.put("type", "about:blank");
			problem.put("title", HttpStatus.SERVICE_UNAVAILABLE.getReasonPhrase());
			problem.put("status", HttpStatus.SERVICE_UNAVAILABLE.value());
			problem.put("detail", this.messages.getMessage(messageKey(request), null, locale));
			problem.put("instance", request.getRequestURI());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			this.json.writeValue(response.getOutputStream(), problem);
			return;
		}
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		response.getWriter().write(page(request, response, locale));
	}

	/**
	 * The page, from the template when it renders, else the same words without layout: it
	 * needs no data, no signed-in user and no session.
	 */
	private String page(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		String detail = this.messages.getMessage(messageKey(request), null, locale);
		try {
			WebContext context = new WebContext(
					JakartaServletWebApplication.buildApplication(request.getServletContext())
						.buildExchange(request, response),
					locale);
			context.setVariable("detail", detail);
			StringWriter page = new StringWriter();
			this.templates.process(TEMPLATE, context, page);
			return page.toString();
		}
		catch (RuntimeException ex) {
			log.warn("The page for an unavailable database did not render: {}", ex.getClass().getSimpleName());
			String title = this.messages.getMessage("error.title", null, locale);
			return "<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\"><title>"
					+ title + "</title></head><body><h1>" + title + "</h1><p>" + detail + "</p></body></html>";
		}
	}

}

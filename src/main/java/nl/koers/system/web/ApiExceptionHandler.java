package nl.koers.system.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;

import nl.koers.system.ConflictException;
import nl.koers.system.DatabaseErrors;
import nl.koers.system.InvalidFieldException;
import nl.koers.system.NotFoundException;
import nl.koers.system.RefusedException;
import nl.koers.system.ServiceUnavailableException;
import nl.koers.system.web.ReasonTexts.Refusal;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of an API call into an RFC 9457 problem detail: validation errors
 * name their fields, and nothing internal (no stack trace, no SQL) reaches the caller.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final MessageSource messages;

	private final ReasonTexts texts;

	ApiExceptionHandler(MessageSource messages, ReasonTexts texts) {
		this.messages = messages;
		this.texts = texts;
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, text("problem.notFound"));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail forbidden(AccessDeniedException ex) {
		return problem(HttpStatus.FORBIDDEN, text("problem.forbidden"));
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException ex) {
		return refusal(ex);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail staleChange(OptimisticLockingFailureException ex) {
		return problem(HttpStatus.CONFLICT, text("conflict.stale"));
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail integrity(DataIntegrityViolationException ex) {
		log.info("Refused a change that breaks a database constraint: {}", DatabaseErrors.describe(ex));
		return problem(HttpStatus.CONFLICT, text("conflict.integrity"));
	}

	/**
	 * Invalid input (400), a refusal by rules (422, with every reason) and a conflict
	 * (409): the reasons as {@link ReasonTexts} words them for the UI too.
	 */
	@ExceptionHandler({ InvalidFieldException.class, RefusedException.class })
	ProblemDetail refusal(RuntimeException ex) {
		Refusal refusal = ReasonTexts.refusal(ex).orElseThrow();
		if (refusal.status() == HttpStatus.CONFLICT) {
			return problem(HttpStatus.CONFLICT, this.texts.text(refusal.reasons().get(0)));
		}
		String title = refusal.status() == HttpStatus.BAD_REQUEST ? "problem.validation" : "problem.refused";
		ProblemDetail problem = problem(refusal.status(), text(title));
		problem.setProperty("errors",
				refusal.reasons()
					.stream()
					.map(reason -> new FieldMessage(reason.field(), this.texts.text(reason)))
					.toList());
		return problem;
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ProblemDetail constraintViolation(ConstraintViolationException ex) {
		List<FieldMessage> errors = ex.getConstraintViolations()
			.stream()
			.map(violation -> new FieldMessage(lastNode(violation.getPropertyPath()), violation.getMessage()))
			.toList();
		return validationProblem(errors);
	}

	private static String lastNode(Path path) {
		String name = null;
		for (Path.Node node : path) {
			name = node.getName();
		}
		return name;
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		return validationProblem(List.of(new FieldMessage(ex.getName(), text("validation.format"))));
	}

	/**
	 * A query string the servlet container cannot decode (a malformed escape such as
	 * {@code ?next=%%%%}, or bytes that are no UTF-8) is bad input, not a failure; the
	 * value is not logged, as it may hold anything.
	 */
	@ExceptionHandler(InvalidParameterException.class)
	ProblemDetail undecodableQuery(InvalidParameterException ex) {
		return problem(HttpStatus.BAD_REQUEST, text("problem.badQuery"));
	}

	/**
	 * A safeguard could not be met (503, try again later); when the database is out of
	 * reach, logged as {@link DatabaseUnavailable} logs it, without the driver's message.
	 */
	@ExceptionHandler(ServiceUnavailableException.class)
	ResponseEntity<ProblemDetail> unavailable(ServiceUnavailableException ex) {
		if (DatabaseErrors.unavailable(ex)) {
			DatabaseUnavailable.logOnce(ex);
		}
		else {
			log.error("Refused to return data: {}: {}", ex.getMessage(),
					ex.getCause() == null ? "" : DatabaseErrors.describe(ex.getCause()));
		}
		return retryLater(problem(HttpStatus.SERVICE_UNAVAILABLE, text(ex.messageKey())));
	}

	/**
	 * Anything else is a fault of Koers (500), unless the database is out of reach (503
	 * with {@code Retry-After}).
	 */
	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) {
		if (DatabaseErrors.unavailable(ex)) {
			DatabaseUnavailable.logOnce(ex);
			return retryLater(problem(HttpStatus.SERVICE_UNAVAILABLE, text(DatabaseUnavailable.messageKey(request))));
		}
		if (DatabaseErrors.fromDatabase(ex)) {
			// the driver's message may repeat the values of the statement (invalid input
			// syntax for a type names the input): state and class only
			log.error("Unexpected database error in an API call: {} ({})", DatabaseErrors.describe(ex),
					ex.getClass().getName());
		}
		else {
			log.error("Unexpected failure of an API call", ex);
		}
		return ResponseEntity.internalServerError()
			.body(problem(HttpStatus.INTERNAL_SERVER_ERROR, text("problem.unexpected")));
	}

	private static ResponseEntity<ProblemDetail> retryLater(ProblemDetail problem) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(DatabaseUnavailable.RETRY_AFTER.toSeconds()))
			.body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldMessage> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> new FieldMessage(error.getField(), message(error)))
			.toList();
		return ResponseEntity.badRequest().body(validationProblem(errors));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldMessage> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap(result -> result.getResolvableErrors()
				.stream()
				.map(error -> new FieldMessage(result.getMethodParameter().getParameterName(),
						this.messages.getMessage(error, locale()))))
			.toList();
		return ResponseEntity.badRequest().body(validationProblem(errors));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest()
			.body(validationProblem(List.of(new FieldMessage(ex.getParameterName(), text("validation.required")))));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String field = JsonErrorPath.of(ex);
		ProblemDetail problem = field == null ? problem(HttpStatus.BAD_REQUEST, text("problem.unreadable"))
				: validationProblem(List.of(new FieldMessage(field, text("validation.format"))));
		return ResponseEntity.badRequest().body(problem);
	}

	/**
	 * The problems of Spring MVC's own exceptions (an unknown path, a method or media
	 * type that is not served) with the status as title and a detail in the user's
	 * language instead of the exception's text.
	 */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (body instanceof ProblemDetail problem) {
			HttpStatus status = HttpStatus.resolve(statusCode.value());
			if (status != null) {
				problem.setTitle(status.getReasonPhrase());
			}
			String key = DETAILS.get(statusCode.value());
			if (key != null) {
				problem.setDetail(text(key));
			}
		}
		return super.handleExceptionInternal(ex, body, headers, statusCode, request);
	}

	private static final Map<Integer, String> DETAILS = Map.of(400, "problem.validation", 404, "problem.notFound", 405,
			"problem.methodNotAllowed", 406, "problem.notAcceptable", 415, "problem.unsupportedMediaType");

	private ProblemDetail validationProblem(List<FieldMessage> errors) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, text("problem.validation"));
		problem.setProperty("errors", errors);
		return problem;
	}

	private ProblemDetail problem(HttpStatus status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(status.getReasonPhrase());
		return problem;
	}

	private String message(FieldError error) {
		return this.messages.getMessage(error, locale());
	}

	private String text(String key) {
		return this.texts.text(key);
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

	record FieldMessage(String field, String message) {
	}

}

package nl.koers.system;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Well-formed input that a business rule refuses, such as a route change for a client who
 * is not KP4 on that date. Answers 422 naming the field and the reason; where several
 * rules refuse, all their reasons.
 */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
public class RefusedException extends InvalidFieldException {

	public RefusedException(String field, String messageKey) {
		this(List.of(new Reason(field, messageKey)));
	}

	public RefusedException(List<Reason> reasons) {
		super(reasons);
	}

	/**
	 * One refusal: the field it concerns, the message key and its arguments.
	 */
	public record Reason(String field, String messageKey, Object... args) {
	}

}

package nl.koers.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Well-formed input that a business rule refuses, such as a route change for a client who
 * is not KP4 on that date. Answers 422 naming the field and the reason.
 */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
public class RefusedException extends InvalidFieldException {

	public RefusedException(String field, String messageKey) {
		super(field, messageKey);
	}

}

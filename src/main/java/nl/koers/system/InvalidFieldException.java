package nl.koers.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Input that passed the form's own checks but breaks a rule that needs stored data, such
 * as a case lead who is not a consultant of the municipality. Answers 400 naming the
 * field.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class InvalidFieldException extends RuntimeException {

	private final String field;

	private final String messageKey;

	public InvalidFieldException(String field, String messageKey) {
		super(field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

}

package nl.koers.system;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Input that passed the form's own checks but breaks a rule that needs stored data, such
 * as a case lead who is not a consultant of the municipality. Answers 400 naming the
 * field.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class InvalidFieldException extends RuntimeException {

	private final List<RefusedException.Reason> reasons;

	public InvalidFieldException(String field, String messageKey) {
		this(List.of(new RefusedException.Reason(field, messageKey)));
	}

	/**
	 * Several invalid fields at once, so that the form and the API name them all.
	 */
	public InvalidFieldException(List<RefusedException.Reason> reasons) {
		super(reasons.get(0).field() + ": " + reasons.get(0).messageKey());
		this.reasons = List.copyOf(reasons);
	}

	public String field() {
		return this.reasons.get(0).field();
	}

	public String messageKey() {
		return this.reasons.get(0).messageKey();
	}

	public List<RefusedException.Reason> reasons() {
		return this.reasons;
	}

}

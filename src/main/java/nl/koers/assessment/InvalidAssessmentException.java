package nl.koers.assessment;

import java.util.List;

import nl.koers.system.InvalidFieldException;

/**
 * An assessment that breaks the rules of its instrument or its dates. The API names the
 * first problem, as for any invalid field; the form shows them all.
 */
class InvalidAssessmentException extends InvalidFieldException {

	private final List<Problem> problems;

	InvalidAssessmentException(List<Problem> problems) {
		super(problems.get(0).field(), problems.get(0).messageKey());
		this.problems = List.copyOf(problems);
	}

	List<Problem> problems() {
		return this.problems;
	}

	/**
	 * One problem: the field as the API names it ({@code scores.WORK}) and the message
	 * key.
	 */
	record Problem(String field, String messageKey) {
	}

}

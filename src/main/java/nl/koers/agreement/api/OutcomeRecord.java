package nl.koers.agreement.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One recorded outcome of an agreement; a later record corrects an earlier one.
 */
public record OutcomeRecord(UUID id, AgreementOutcome outcome, LocalDate outcomeOn, Boolean validReason,
		String explanation, String authorName, Instant recordedAt) {

	public boolean brokenWithoutValidReason() {
		return this.outcome == AgreementOutcome.BROKEN && Boolean.FALSE.equals(this.validReason);
	}

}

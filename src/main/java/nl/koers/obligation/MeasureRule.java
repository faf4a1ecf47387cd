package nl.koers.obligation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The rule that decides whether the facts back a measure on one ground.
 */
interface MeasureRule {

	MeasureGround ground();

	Verdict check(UUID clientId, UUID agreementId, LocalDate today);

	/**
	 * Either the backing (a message key and arguments describing the facts) and the
	 * agreement it rests on, or the reasons the measure is refused.
	 */
	record Verdict(Message backing, UUID agreementId, List<Message> refusals) {

		static Verdict backedBy(Message backing, UUID agreementId) {
			return new Verdict(backing, agreementId, List.of());
		}

		static Verdict refused(List<Message> refusals) {
			return new Verdict(null, null, refusals);
		}

		boolean allowed() {
			return this.refusals.isEmpty();
		}

	}

	record Message(String key, Object... args) {
	}

}

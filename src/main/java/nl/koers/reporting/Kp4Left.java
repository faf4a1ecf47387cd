package nl.koers.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.koers.client.api.BenefitEndReason;

/**
 * Who left KP4 in a period, by the way they left, as shown without names: the figures of
 * {@code route.api.Kp4Exits} with counts below the threshold {@code null} and named in
 * {@code suppressed} ({@code outflow.<reason>}, {@code handedOver},
 * {@code profileChanged}, {@code total}), and one more when the others would give a
 * left-out count away. A client who left twice counts twice.
 *
 * @param from the first day of the period
 * @param until the last day of the period (inclusive)
 * @param outflow per end reason of the benefit, every reason present
 * @param handedOver handed over towards KP3
 * @param profileChanged left by a profile decision
 * @param total all who left
 * @param suppressed the counts left out
 * @param threshold the smallest count shown
 */
record Kp4Left(LocalDate from, LocalDate until, Map<BenefitEndReason, Long> outflow, Long handedOver,
		Long profileChanged, Long total, List<String> suppressed, int threshold) {

	/**
	 * The outflow for the end reason; {@code null} when left out.
	 */
	public Long outflow(BenefitEndReason reason) {
		return this.outflow.get(reason);
	}

}

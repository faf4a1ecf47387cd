package nl.koers.route.api;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import nl.koers.client.api.BenefitEndReason;

/**
 * How many clients of a municipality left KP4 in a period, by the way they left: outflow
 * (their benefit ended) by the benefit's end reason, a handover to KP3, or a profile
 * decision other than KP4. A client who left twice counts twice.
 *
 * @param from the first day of the period
 * @param until the last day of the period (inclusive)
 * @param outflow per end reason, every reason present
 * @param handedOver handed over towards KP3
 * @param profileChanged left by a profile decision
 * @param total all who left
 */
public record Kp4Exits(LocalDate from, LocalDate until, Map<BenefitEndReason, Long> outflow, long handedOver,
		long profileChanged, long total) {

	public static Kp4Exits of(LocalDate from, LocalDate until, Map<BenefitEndReason, Long> found, long handedOver,
			long profileChanged) {
		Map<BenefitEndReason, Long> outflow = new EnumMap<>(BenefitEndReason.class);
		for (BenefitEndReason reason : BenefitEndReason.values()) {
			outflow.put(reason, found.getOrDefault(reason, 0L));
		}
		long flowedOut = outflow.values().stream().mapToLong(Long::longValue).sum();
		return new Kp4Exits(from, until, outflow, handedOver, profileChanged, flowedOut + handedOver + profileChanged);
	}

	public long outflow(BenefitEndReason reason) {
		return this.outflow.get(reason);
	}

}

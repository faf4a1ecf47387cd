package nl.koers.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A target against its realisation on a day: how many clients reached the measure, out of
 * how many it is about, and what that makes in the target's unit. Counts below the
 * suppression threshold are {@code null}, and so is what they would give away.
 *
 * @param target the target
 * @param date the day measured
 * @param reached the clients who reached the measure (for a maximum: who exceed it)
 * @param base the clients the share is of
 * @param realised the realisation in the target's unit
 * @param expected what the target asks by this day: for measures counted over the period,
 * the target's value in proportion to the days gone by; else the value
 * @param onTrack whether the realisation meets what is expected by this day
 */
record TargetRealisation(Target target, LocalDate date, Long reached, Long base, BigDecimal realised,
		BigDecimal expected, Boolean onTrack) {

	static TargetRealisation of(Target target, LocalDate date, long reached, long base, int threshold) {
		BigDecimal expected = expected(target, date);
		if (small(reached, threshold) || small(base, threshold)) {
			return new TargetRealisation(target, date, null, null, null, expected, null);
		}
		BigDecimal realised = switch (target.unit()) {
			case PERCENT -> base == 0 ? BigDecimal.ZERO.setScale(1)
					: BigDecimal.valueOf(reached * 100).divide(BigDecimal.valueOf(base), 1, RoundingMode.HALF_UP);
			case CLIENTS -> BigDecimal.valueOf(reached).setScale(1);
		};
		boolean onTrack = target.measure().maximum() ? realised.compareTo(expected) <= 0
				: realised.compareTo(expected) >= 0;
		return new TargetRealisation(target, date, reached, base, realised, expected, onTrack);
	}

	private static boolean small(long count, int threshold) {
		return count > 0 && count < threshold;
	}

	private static BigDecimal expected(Target target, LocalDate date) {
		if (!target.measure().cumulative()) {
			return target.value();
		}
		long days = ChronoUnit.DAYS.between(target.from(), target.until()) + 1;
		long gone = ChronoUnit.DAYS.between(target.from(), target.measuredOn(date)) + 1;
		return target.value()
			.multiply(BigDecimal.valueOf(gone))
			.divide(BigDecimal.valueOf(days), 1, RoundingMode.HALF_UP);
	}

}

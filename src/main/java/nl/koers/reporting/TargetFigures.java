package nl.koers.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.koers.reporting.api.TargetMeasure;
import nl.koers.reporting.api.TargetUnit;
import nl.koers.route.api.Route;

/**
 * The targets of a municipality against their realisation on a date, as the API answers:
 * each with its definition in the caller's language.
 *
 * @param date the reference date
 * @param targets the targets whose period has begun by the date
 * @param threshold counts below it are left out ({@code null})
 */
record TargetFigures(LocalDate date, List<Item> targets, int threshold) {

	/**
	 * One target on the date.
	 *
	 * @param definition what is counted, in words
	 * @param target the target's value in its unit
	 * @param expected what the target asks by this date (in proportion to the days gone
	 * by for measures counted over the period)
	 * @param realised the realisation in the target's unit; {@code null} when suppressed
	 * @param reached the clients who reached the measure (for a maximum: who exceed it)
	 * @param base the clients the share is of
	 * @param onTrack whether the realisation meets what is expected by this date
	 * @param measuredOn the day measured: the date, or the last day of a period already
	 * over
	 */
	record Item(UUID id, TargetMeasure measure, String definition, TargetUnit unit, BigDecimal target,
			BigDecimal expected, BigDecimal realised, Long reached, Long base, Boolean onTrack, Route route,
			Integer maxDays, LocalDate from, LocalDate until, LocalDate measuredOn) {

		static Item of(TargetRealisation realisation, String definition) {
			Target target = realisation.target();
			return new Item(target.id(), target.measure(), definition, target.unit(), target.value(),
					realisation.expected(), realisation.realised(), realisation.reached(), realisation.base(),
					realisation.onTrack(), target.route(), target.maxDays(), target.from(), target.until(),
					realisation.date());
		}

	}

}

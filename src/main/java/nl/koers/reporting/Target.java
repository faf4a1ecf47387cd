package nl.koers.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import nl.koers.reporting.api.TargetMeasure;
import nl.koers.reporting.api.TargetUnit;
import nl.koers.route.api.Route;

/**
 * A target of a municipality for a period (both days inclusive).
 */
record Target(UUID id, TargetMeasure measure, TargetUnit unit, BigDecimal value, Route route, Integer maxDays,
		LocalDate from, LocalDate until) {

	/**
	 * The day the target is measured on for a reference date: the date itself within the
	 * period, else the nearest day of the period.
	 */
	LocalDate measuredOn(LocalDate date) {
		return date.isBefore(this.from) ? this.from : date.isAfter(this.until) ? this.until : date;
	}

}

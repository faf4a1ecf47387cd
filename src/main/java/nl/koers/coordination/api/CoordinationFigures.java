package nl.koers.coordination.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The coordination point's work counted per month, for management information (the work
 * report in {@code reporting}): advice requests and signals received, answered, and how
 * long the answer took. One grouped query per series; these calls take no user: the
 * calling module has checked its own access rules, and they give counts only.
 */
public interface CoordinationFigures {

	/**
	 * One row per month from the month of {@code from} to the month of {@code until}
	 * (months in Europe/Amsterdam). An advice request counts as received in the month it
	 * was asked and as answered in the month of its answer; a signal as received in the
	 * month it was raised and as answered in the month of its first follow-up. The median
	 * is over the requests or signals answered that month, in days (one decimal), and
	 * {@code null} when none was answered.
	 */
	List<MonthFigures> perMonth(UUID municipalityId, LocalDate from, LocalDate until);

	/**
	 * The coordination point's work in one month.
	 *
	 * @param month the first day of the month
	 * @param adviceReceived advice requests asked
	 * @param adviceAnswered advice requests answered
	 * @param adviceMedianDays median days from asking to answer of those answered
	 * @param signalsReceived signals raised
	 * @param signalsAnswered signals followed up for the first time
	 * @param signalsMedianDays median days from raising to the first follow-up of those
	 * followed up
	 */
	record MonthFigures(LocalDate month, long adviceReceived, long adviceAnswered, BigDecimal adviceMedianDays,
			long signalsReceived, long signalsAnswered, BigDecimal signalsMedianDays) {
	}

}

package nl.koers.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.koers.route.api.Route;

/**
 * The work of each consultant and of the coordination point in a municipality on a
 * reference date: counts only, no client is named. Counts below the threshold are
 * {@code null}, and so is one more count of any row or column whose total would give a
 * left-out count away; a median over fewer clients or answers than the threshold is
 * {@code null} too.
 *
 * @param date the reference date
 * @param threshold the smallest count shown
 * @param suppressed whether any count or median is left out
 * @param months the six months of the conversations held, the reference date's month last
 * @param consultants one row per consultant (case lead, assignee or whoever held a
 * conversation), by name
 * @param unassigned the clients without a case lead and the unassigned tasks, or
 * {@code null} when there are none
 * @param team the totals over all rows
 * @param coordination the coordination point's work in the twelve months up to the
 * reference date
 */
record WorkReport(LocalDate date, int threshold, boolean suppressed, List<LocalDate> months,
		List<ConsultantWork> consultants, ConsultantWork unassigned, ConsultantWork team,
		CoordinationWork coordination) {

	/**
	 * One consultant's work.
	 *
	 * @param consultantId the consultant; {@code null} for the unassigned row and the
	 * team
	 * @param name the consultant's name (a member of staff; never a client's)
	 * @param caseload per route, the clients on it on the reference date whose case lead
	 * the consultant is
	 * @param caseloadTotal those clients on any route
	 * @param reviewsOverdue open reviews (rest and care support) due before the reference
	 * date
	 * @param reviewsDue open reviews due on the reference date or in the 14 days after it
	 * @param noShowsOpen clients who did not show up and with whom contact is not yet
	 * restored (an open outreach task)
	 * @param conversations per month of {@link WorkReport#months()}, the conversations
	 * the consultant held (appointments held, contacts not refused)
	 * @param withoutContact90 caseload clients without a conversation held in the 90 days
	 * up to the reference date (or ever)
	 * @param medianDaysSinceContact the median of the days from the last conversation
	 * held to the reference date, over the caseload clients with one
	 */
	record ConsultantWork(UUID consultantId, String name, Map<Route, Long> caseload, Long caseloadTotal,
			Long reviewsOverdue, Long reviewsDue, Long noShowsOpen, List<Long> conversations, Long withoutContact90,
			BigDecimal medianDaysSinceContact) {
	}

	/**
	 * The coordination point's work per month and in total.
	 *
	 * @param from the first day of the first month
	 * @param until the reference date
	 * @param months one row per month
	 * @param total the counts over all months (medians are per month only)
	 */
	record CoordinationWork(LocalDate from, LocalDate until, List<CoordinationMonth> months, CoordinationMonth total) {
	}

	/**
	 * The coordination point's work in a month: advice requests and signals received,
	 * answered (a signal: its first follow-up), and the median days that took.
	 */
	record CoordinationMonth(LocalDate month, Long adviceReceived, Long adviceAnswered, BigDecimal adviceMedianDays,
			Long signalsReceived, Long signalsAnswered, BigDecimal signalsMedianDays) {
	}

}

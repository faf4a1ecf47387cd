package nl.koers.conversation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.koers.conversation.api.AppointmentView;

/**
 * A consultant's week, Monday to Sunday, with the weeks before and after as
 * {@code YYYY-Www}.
 */
record Agenda(String week, String previousWeek, String nextWeek, LocalDate today, UUID consultantId,
		String consultantName, List<Day> days) {

	/**
	 * One day of the week with its appointments in time order.
	 */
	record Day(LocalDate date, boolean today, List<AppointmentView> appointments) {
	}

}

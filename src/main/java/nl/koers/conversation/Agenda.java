package nl.koers.conversation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.UUID;

import nl.koers.conversation.api.AppointmentStatus;
import nl.koers.conversation.api.AppointmentView;

/**
 * A consultant's week, Monday to Sunday, with the weeks before and after as
 * {@code YYYY-Www}; {@code now} tells which planned appointments lie in the past without
 * an outcome.
 */
record Agenda(String week, String previousWeek, String nextWeek, LocalDateTime now, UUID consultantId,
		String consultantName, List<Day> days) {

	public int weekNumber() {
		return monday().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
	}

	public LocalDate monday() {
		return this.days.get(0).date();
	}

	public LocalDate friday() {
		return monday().plusDays(4);
	}

	public List<Day> workingDays() {
		return this.days.stream().filter(day -> !day.weekend()).toList();
	}

	public List<Day> weekend() {
		return this.days.stream().filter(Day::weekend).toList();
	}

	public int weekendAppointments() {
		return weekend().stream().mapToInt(day -> day.appointments().size()).sum();
	}

	/**
	 * Planned, and its time has passed: the outcome is still to be recorded.
	 */
	public boolean awaitsOutcome(AppointmentView appointment) {
		return appointment.status() == AppointmentStatus.PLANNED && appointment.plannedAt().isBefore(this.now);
	}

	/**
	 * One day of the week with its appointments in time order.
	 */
	record Day(LocalDate date, boolean today, List<AppointmentView> appointments) {

		public boolean weekend() {
			return this.date.getDayOfWeek() == DayOfWeek.SATURDAY || this.date.getDayOfWeek() == DayOfWeek.SUNDAY;
		}

	}

}

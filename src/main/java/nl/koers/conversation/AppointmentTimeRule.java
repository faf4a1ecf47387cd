package nl.koers.conversation;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import nl.koers.system.RefusedException.Reason;

/**
 * When an appointment may lie: one that is planned (or moved) not before the current
 * minute, so today later on is fine and a minute ago is not; one that is recorded
 * afterwards (with its outcome) not after now. Each refusal names the limit.
 */
final class AppointmentTimeRule {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

	private AppointmentTimeRule() {
	}

	/**
	 * The reason a time to plan an appointment at is refused, empty when it is fine.
	 */
	static Optional<Reason> toPlan(LocalDateTime plannedAt, LocalDateTime now) {
		LocalDateTime earliest = now.truncatedTo(ChronoUnit.MINUTES);
		return plannedAt.isBefore(earliest)
				? Optional.of(new Reason("plannedAt", "conversation.plannedAt.past", earliest.format(SHOWN)))
				: Optional.empty();
	}

	/**
	 * The reason the time of a conversation recorded afterwards is refused, empty when it
	 * is fine.
	 */
	static Optional<Reason> happened(LocalDateTime plannedAt, LocalDateTime now) {
		return plannedAt.isAfter(now)
				? Optional.of(new Reason("plannedAt", "conversation.pastAppointment.future", now.format(SHOWN)))
				: Optional.empty();
	}

}

package nl.koers.conversation.api;

import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * A conversation that already took place, recorded afterwards with its outcome in one
 * step (an appointment is never planned in the past): {@code plannedAt} is a local date
 * and time in Europe/Amsterdam, not after now; a held conversation needs a summary, the
 * life domains discussed and the next step.
 */
public record PastAppointment(@NotNull @DateTimeFormat(iso = ISO.DATE_TIME) LocalDateTime plannedAt,
		@NotNull Channel channel, @Size(max = 200) String location, UUID consultantId,
		@NotNull AppointmentOutcome outcome, @Size(max = 4000) String summary, Set<LifeDomain> lifeDomains,
		@Size(max = 2000) String nextStep) {

	/**
	 * The appointment as it would have been planned.
	 */
	public AppointmentPlan plan() {
		return new AppointmentPlan(this.plannedAt, this.channel, this.location, this.consultantId);
	}

	/**
	 * How it went.
	 */
	public AppointmentOutcomeReport report() {
		return new AppointmentOutcomeReport(this.outcome, this.summary, this.lifeDomains, this.nextStep);
	}

}

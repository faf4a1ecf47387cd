package nl.koers.conversation.api;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An appointment as it stands, with its changes oldest first; {@code plannedAt} is a
 * local date and time in Europe/Amsterdam.
 */
public record AppointmentView(UUID id, UUID clientId, String clientName, UUID consultantId, String consultantName,
		LocalDateTime plannedAt, Channel channel, String location, AppointmentStatus status, String summary,
		Set<LifeDomain> lifeDomains, String nextStep, String plannedByName, Instant recordedAt,
		List<AppointmentChange> changes) {

	/**
	 * The same appointment with the client's name (read through the client gate).
	 */
	public AppointmentView named(String name) {
		return new AppointmentView(this.id, this.clientId, name, this.consultantId, this.consultantName, this.plannedAt,
				this.channel, this.location, this.status, this.summary, this.lifeDomains, this.nextStep,
				this.plannedByName, this.recordedAt, this.changes);
	}

	/**
	 * The same appointment with these changes.
	 */
	public AppointmentView withChanges(List<AppointmentChange> all) {
		return new AppointmentView(this.id, this.clientId, this.clientName, this.consultantId, this.consultantName,
				this.plannedAt, this.channel, this.location, this.status, this.summary, this.lifeDomains, this.nextStep,
				this.plannedByName, this.recordedAt, List.copyOf(all));
	}

	/**
	 * Whether it is still planned (neither held, missed, refused nor cancelled).
	 */
	public boolean planned() {
		return this.status == AppointmentStatus.PLANNED;
	}

}

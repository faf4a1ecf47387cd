package nl.koers.referral.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.koers.client.api.Outcome;
import nl.koers.client.api.SharedClient;
import nl.koers.consent.api.DataCategory;

/**
 * A referral with its history. {@code client} holds what the reader may see about the
 * client: for the referring side the name; for the institution only the categories shared
 * at sending that are still permitted ({@code permitted}).
 *
 * @param outcome what became of the client, once ended
 */
public record ReferralView(UUID id, UUID clientId, UUID serviceId, String serviceName, UUID organisationId,
		String organisationName, String reason, LocalDate followUpOn, ReferralStatus status, Outcome outcome,
		Set<DataCategory> sharedCategories, Set<DataCategory> permitted, SharedClient client, SendOverride override,
		List<StatusRecord> history, List<Note> notes, String createdByName, Instant createdAt) {

	/**
	 * A coordinator's decision to send without anything that may be shared.
	 */
	public record SendOverride(String byName, Instant at, String reason) {
	}

	/**
	 * One step of the status history; the step that ended it has the outcome.
	 */
	public record StatusRecord(ReferralStatus status, Outcome outcome, String note, String authorName,
			Instant recordedAt) {
	}

	/**
	 * A progress note or feedback from the institution.
	 */
	public record Note(NoteKind kind, LocalDate date, String text, String authorName, Instant recordedAt) {
	}

}

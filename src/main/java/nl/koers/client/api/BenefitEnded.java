package nl.koers.client.api;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A client's benefit ended: outflow. Published in the transaction that recorded the end;
 * on the end date the KP4 route ends, open tasks close and the case lead is told, and
 * open nominations and a running trajectory end.
 *
 * @param clientId the client
 * @param municipalityId the client's municipality
 * @param periodId the benefit period that ended
 * @param endDate the first day without benefit
 * @param reason why it ended
 * @param caseLeadId the client's case lead, {@code null} when none
 * @param endedBy who recorded the end
 * @param endedByName their name, for the histories that show an author
 */
public record BenefitEnded(UUID clientId, UUID municipalityId, UUID periodId, LocalDate endDate,
		BenefitEndReason reason, UUID caseLeadId, UUID endedBy, String endedByName) {
}

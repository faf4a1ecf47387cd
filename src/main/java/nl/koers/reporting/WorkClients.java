package nl.koers.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.koers.client.api.ClientRef;

/**
 * The clients behind one figure of one consultant in the work report, for a coordinator:
 * only those {@code client.api.ClientAccess} lets the coordinator see, at most
 * {@link WorkReportService#LIST_LIMIT}.
 *
 * @param date the reference date
 * @param consultantId the consultant
 * @param consultantName the consultant's name
 * @param list which figure
 * @param clients the clients, most urgent first
 * @param total how many clients the figure counts
 */
record WorkClients(LocalDate date, UUID consultantId, String consultantName, WorkList list, List<ClientRef> clients,
		int total) {
}

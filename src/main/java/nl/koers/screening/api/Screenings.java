package nl.koers.screening.api;

import java.util.UUID;

import jakarta.validation.Valid;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.CursorPage;

/**
 * Screening campaigns: a coordinator selects the municipality's KP4 clients on a date,
 * case leads (or the coordinator) record an outcome per client, and everyone involved
 * follows the progress. Client names pass through the client gate, which writes the
 * access log.
 */
public interface Screenings {

	/**
	 * Starts a campaign over the clients who were KP4 on the selection date; only a
	 * coordinator, and not with a date in the future or a selection without clients.
	 */
	CampaignView start(CurrentUser user, @Valid NewCampaign campaign);

	/**
	 * The selected clients: a coordinator's of the whole campaign, a consultant's of
	 * their own caseload, paged by client; one access log entry per client shown.
	 */
	CursorPage<ScreeningItem> items(CurrentUser user, UUID campaignId, ItemStatus status, String next, int limit);

	/**
	 * Records (or replaces) the outcome for a selected client while the campaign is open;
	 * only the case lead or a coordinator.
	 */
	ScreeningItem record(CurrentUser user, UUID campaignId, UUID clientId, @Valid ScreeningResult result);

}

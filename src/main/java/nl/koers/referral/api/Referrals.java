package nl.koers.referral.api;

import java.util.UUID;

import jakarta.validation.Valid;
import nl.koers.consent.api.SharedCategories;
import nl.koers.identity.api.CurrentUser;

/**
 * Referrals of a client to a service of the social map. The referring side (the case lead
 * or a coordinator, through the client gate) proposes, sends and cancels; the institution
 * worker of the service's organisation answers, starts, reports progress, ends and gives
 * feedback, and sees the client only while the referral is active and only in the
 * categories shared at sending that are still permitted.
 */
public interface Referrals {

	/**
	 * Proposes a referral of the client to a service of the social map, and schedules its
	 * follow-up for the case lead.
	 */
	ReferralView propose(CurrentUser user, UUID clientId, @Valid NewReferral referral);

	/**
	 * Takes the next step: sent or cancelled by the referring side (sending shares what
	 * consent permits; a coordinator may send without, with a reason), accepted,
	 * declined, started or ended (with an outcome) by the institution. A step the status
	 * does not allow is refused.
	 */
	ReferralView changeStatus(CurrentUser user, UUID id, @Valid ReferralStatusChange change);

	/**
	 * The client of an active referral to the institution worker's organisation, with the
	 * categories shared at sending that agreement and consent still permit today (the
	 * same as the referral page lists); any other referral answers 404, logged as a
	 * denied read. Reads no client data itself: whoever shows a category reads it through
	 * {@code ClientAccess.readShared}, which logs it.
	 */
	SharedCategories sharedWith(CurrentUser worker, UUID id);

}

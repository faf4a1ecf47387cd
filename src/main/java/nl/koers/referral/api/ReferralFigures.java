package nl.koers.referral.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.koers.client.api.Outcome;
import nl.koers.identity.api.CurrentUser;

/**
 * How many referrals each organisation of the municipality has, by their current status,
 * and the ended ones by outcome: counts only, for the coordination point and contract
 * management.
 */
public interface ReferralFigures {

	/**
	 * The municipality's organisations with referrals, by name (coordinators, contract
	 * managers and managers).
	 */
	List<OrganisationFigures> perOrganisation(CurrentUser user);

	/**
	 * One organisation's referrals by current status; {@code running} is accepted or
	 * started; {@code endedPerOutcome} splits {@code ended} per outcome (every outcome,
	 * zero when none).
	 */
	record OrganisationFigures(UUID organisationId, String organisation, int proposed, int sent, int running,
			int declined, int ended, int cancelled, int total, Map<Outcome, Integer> endedPerOutcome) {
	}

}

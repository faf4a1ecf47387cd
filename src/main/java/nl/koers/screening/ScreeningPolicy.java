package nl.koers.screening;

import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Permission;
import nl.koers.identity.api.Role;

import org.springframework.stereotype.Component;

/**
 * Who takes part in screening campaigns: coordinators run them, consultants and
 * coordinators examine clients, managers follow the counts. Whose outcome a consultant
 * records (their own caseload) is decided by {@code ClientAccess}.
 */
@Component("screeningPolicy")
class ScreeningPolicy {

	static final Permission RUN = Permission.of("start and close screening campaigns", Role.COORDINATOR);

	static final Permission FOLLOW = Permission.of("follow screening campaigns", Role.CONSULTANT, Role.COORDINATOR,
			Role.MANAGER);

	static final Permission EXAMINE = Permission.of("examine clients in a screening campaign", Role.CONSULTANT,
			Role.COORDINATOR);

	static final Permission WHOLE_CAMPAIGN = Permission.of("examine every client of a screening campaign",
			Role.COORDINATOR);

	public boolean mayRun(CurrentUser user) {
		return RUN.allows(user);
	}

	public boolean mayFollow(CurrentUser user) {
		return FOLLOW.allows(user);
	}

	public boolean mayExamine(CurrentUser user) {
		return EXAMINE.allows(user);
	}

	/**
	 * Whether the user's list of a campaign holds every selected client rather than their
	 * own caseload.
	 */
	public boolean seesWholeCampaign(CurrentUser user) {
		return WHOLE_CAMPAIGN.allows(user);
	}

	void requireRun(CurrentUser user) {
		RUN.require(user);
	}

	void requireFollow(CurrentUser user) {
		FOLLOW.require(user);
	}

	void requireExamine(CurrentUser user) {
		EXAMINE.require(user);
	}

}

package nl.koers.reporting;

import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Permission;
import nl.koers.identity.api.Role;

import org.springframework.stereotype.Component;

/**
 * Who may read management information: counts only, no personal data. The work report
 * (figures per consultant) is for managers and coordinators; of those, only coordinators
 * may see the clients behind a consultant's figures, by name, and then only the clients
 * {@code client.api.ClientAccess} lets them see.
 */
@Component("reportingPolicy")
class ReportingPolicy {

	static final Permission READ = Permission.of("read reports", Role.MANAGER, Role.COORDINATOR, Role.CONSULTANT,
			Role.CONTRACT_MANAGER);

	static final Permission WORK = Permission.of("read the work per consultant", Role.MANAGER, Role.COORDINATOR);

	static final Permission WORK_CLIENTS = Permission.of("see the clients behind the work per consultant",
			Role.COORDINATOR);

	public boolean mayRead(CurrentUser user) {
		return READ.allows(user);
	}

	void requireRead(CurrentUser user) {
		READ.require(user);
	}

	static final Permission DASHBOARD = Permission.of("start on the overview of figures", Role.MANAGER,
			Role.CONTRACT_MANAGER);

	/**
	 * Whether the overview of figures is the user's home page.
	 */
	public boolean mayStartOnDashboard(CurrentUser user) {
		return DASHBOARD.allows(user);
	}

	static final Permission CONTRACT_FIGURES = Permission.of("see the places used under the contracts", Role.MANAGER,
			Role.CONTRACT_MANAGER);

	/**
	 * Whether the overview shows the places used under the contracts.
	 */
	public boolean mayFollowContracts(CurrentUser user) {
		return CONTRACT_FIGURES.allows(user);
	}

	static final Permission SET_TARGETS = Permission.of("set targets", Role.MANAGER);

	public boolean maySetTargets(CurrentUser user) {
		return SET_TARGETS.allows(user);
	}

	void requireSetTargets(CurrentUser user) {
		SET_TARGETS.require(user);
	}

	/**
	 * Whether the user may read the work report (page, API, navigation).
	 */
	public boolean mayReadWork(CurrentUser user) {
		return WORK.allows(user);
	}

	void requireWork(CurrentUser user) {
		WORK.require(user);
	}

	/**
	 * Whether the user may open the clients behind a consultant's figures.
	 */
	public boolean maySeeWorkClients(CurrentUser user) {
		return WORK_CLIENTS.allows(user);
	}

	void requireWorkClients(CurrentUser user) {
		WORK_CLIENTS.require(user);
	}

}

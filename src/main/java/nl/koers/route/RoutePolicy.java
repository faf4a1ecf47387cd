package nl.koers.route;

import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Permission;
import nl.koers.identity.api.Role;

import org.springframework.stereotype.Component;

/**
 * Who may do what with routes. Which clients a user reads and whose route they change
 * (the case lead or a coordinator) is decided by {@code ClientAccess}; this policy
 * decides the roles.
 */
@Component("routePolicy")
class RoutePolicy {

	/**
	 * The route section of the client file and the route history.
	 */
	static final Permission READ = Permission.of("read routes", Role.CONSULTANT, Role.COORDINATOR,
			Role.INSTITUTION_WORKER);

	/**
	 * A municipality's review intervals.
	 */
	static final Permission SET_INTERVALS = Permission.of("set review intervals", Role.ADMINISTRATOR);

	public boolean mayRead(CurrentUser user) {
		return READ.allows(user);
	}

	public boolean maySetIntervals(CurrentUser user) {
		return SET_INTERVALS.allows(user);
	}

	void requireRead(CurrentUser user) {
		READ.require(user);
	}

	void requireSetIntervals(CurrentUser user) {
		SET_INTERVALS.require(user);
	}

}

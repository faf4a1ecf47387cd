package nl.koers.obligation;

import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Permission;
import nl.koers.identity.api.Role;

import org.springframework.stereotype.Component;

/**
 * Who may do what with exemptions and measures. Which client a user may see or change is
 * the client gate's decision on top of this; whether the facts back a measure is a
 * {@link MeasureRule}'s.
 */
@Component("obligationPolicy")
class ObligationPolicy {

	static final Permission WORK_WITH_OBLIGATIONS = Permission.of("work with client obligations", Role.CONSULTANT,
			Role.COORDINATOR, Role.INSTITUTION_WORKER);

	static final Permission DECIDE_ON_MEASURES = Permission.of("decide on measures", Role.COORDINATOR);

	static final Permission READ_MEASURE_REPORT = Permission.of("read the measures report", Role.MANAGER,
			Role.COORDINATOR);

	public boolean mayWorkWithObligations(CurrentUser user) {
		return WORK_WITH_OBLIGATIONS.allows(user);
	}

	public boolean mayDecide(CurrentUser user) {
		return DECIDE_ON_MEASURES.allows(user);
	}

	public boolean mayReadReport(CurrentUser user) {
		return READ_MEASURE_REPORT.allows(user);
	}

	void requireWorkWithObligations(CurrentUser user) {
		WORK_WITH_OBLIGATIONS.require(user);
	}

	void requireDecide(CurrentUser user) {
		DECIDE_ON_MEASURES.require(user);
	}

	void requireReadReport(CurrentUser user) {
		READ_MEASURE_REPORT.require(user);
	}

}

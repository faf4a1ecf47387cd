package nl.koers.trajectory;

import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Permission;
import nl.koers.identity.api.Role;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a trajectory: the municipality's side (consultants and
 * coordinators) nominates, withdraws and follows the client's trajectories; the
 * provider's workers answer, report and follow the trajectories under their own
 * contracts; the contract manager approves exceptions and reads trajectories without who
 * the client is. Start, phases and end are recorded by either side.
 */
@Component("trajectoryPolicy")
class TrajectoryPolicy {

	static final Permission CLIENT_SIDE = Permission.of("nominate and follow the client's trajectories",
			Role.CONSULTANT, Role.COORDINATOR);

	static final Permission PROVIDER_SIDE = Permission.of("answer and report as the provider", Role.INSTITUTION_WORKER);

	static final Permission APPROVE = Permission.of("approve nominations that need it", Role.CONTRACT_MANAGER);

	static final Permission COURSE = Permission.of("record a trajectory's start, phases and end", Role.CONSULTANT,
			Role.COORDINATOR, Role.INSTITUTION_WORKER);

	static final Permission READ = Permission.of("read a trajectory", Role.CONSULTANT, Role.COORDINATOR,
			Role.INSTITUTION_WORKER, Role.CONTRACT_MANAGER);

	/**
	 * The municipality's side: the case lead or a coordinator.
	 */
	public boolean mayNominate(CurrentUser user) {
		return CLIENT_SIDE.allows(user);
	}

	/**
	 * The provider's side (its worker).
	 */
	public boolean mayAnswer(CurrentUser user) {
		return PROVIDER_SIDE.allows(user);
	}

	public boolean mayApprove(CurrentUser user) {
		return APPROVE.allows(user);
	}

	public boolean mayRecordCourse(CurrentUser user) {
		return COURSE.allows(user);
	}

	public boolean mayRead(CurrentUser user) {
		return READ.allows(user);
	}

	void requireReader(CurrentUser user) {
		READ.require(user);
	}

	void requireClientSide(CurrentUser user) {
		CLIENT_SIDE.require(user);
	}

	void requireApprover(CurrentUser user) {
		APPROVE.require(user);
	}

	/**
	 * A provider's worker who belongs to an organisation.
	 */
	void requireWorker(CurrentUser user) {
		PROVIDER_SIDE.require(user);
		if (user.organisationId() == null) {
			throw new AccessDeniedException("this is the provider's side of a trajectory");
		}
	}

}

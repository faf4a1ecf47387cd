package nl.koers.referral;

import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Permission;
import nl.koers.identity.api.Role;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with referrals and purchase requests; which clients is decided by the
 * client gate ({@code ClientAccess}), which referrals an institution sees by its
 * organisation and the referral's status.
 */
@Component("referralPolicy")
class ReferralPolicy {

	static final Permission REFER = Permission.of("propose, send and cancel referrals", Role.CONSULTANT,
			Role.COORDINATOR);

	static final Permission USE = Permission.of("work with referrals", Role.CONSULTANT, Role.COORDINATOR,
			Role.INSTITUTION_WORKER);

	static final Permission ANSWER = Permission.of("answer referrals for an institution", Role.INSTITUTION_WORKER);

	static final Permission SEND_WITHOUT_SHARING = Permission.of("send a referral without sharing", Role.COORDINATOR);

	static final Permission FIGURES = Permission.of("read referral figures", Role.COORDINATOR, Role.CONTRACT_MANAGER,
			Role.MANAGER);

	static final Permission PURCHASES = Permission.of("see purchase requests", Role.CONSULTANT, Role.COORDINATOR,
			Role.CONTRACT_MANAGER);

	static final Permission FILE_PURCHASES = Permission.of("file purchase requests", Role.CONSULTANT, Role.COORDINATOR);

	static final Permission DECIDE_PURCHASES = Permission.of("decide on purchase requests", Role.COORDINATOR,
			Role.CONTRACT_MANAGER);

	/**
	 * The referring side: the case lead or a coordinator.
	 */
	public boolean mayRefer(CurrentUser user) {
		return REFER.allows(user);
	}

	public boolean mayUse(CurrentUser user) {
		return USE.allows(user);
	}

	/**
	 * The institution's side (its list, its steps, notes and feedback).
	 */
	public boolean mayAnswer(CurrentUser user) {
		return ANSWER.allows(user);
	}

	public boolean maySendWithoutSharing(CurrentUser user) {
		return SEND_WITHOUT_SHARING.allows(user);
	}

	public boolean maySeePurchases(CurrentUser user) {
		return PURCHASES.allows(user);
	}

	public boolean mayFilePurchases(CurrentUser user) {
		return FILE_PURCHASES.allows(user);
	}

	public boolean mayDecidePurchases(CurrentUser user) {
		return DECIDE_PURCHASES.allows(user);
	}

	void requireRefer(CurrentUser user) {
		REFER.require(user);
	}

	void requireUse(CurrentUser user) {
		USE.require(user);
	}

	/**
	 * An institution worker of an organisation.
	 */
	void requireAnswer(CurrentUser user) {
		ANSWER.require(user);
		if (user.organisationId() == null) {
			throw new AccessDeniedException("this is the institution's side of a referral");
		}
	}

	void requireSendWithoutSharing(CurrentUser user) {
		SEND_WITHOUT_SHARING.require(user);
	}

	void requireFigures(CurrentUser user) {
		FIGURES.require(user);
	}

	void requireSeePurchases(CurrentUser user) {
		PURCHASES.require(user);
	}

	void requireFilePurchases(CurrentUser user) {
		FILE_PURCHASES.require(user);
	}

	void requireDecidePurchases(CurrentUser user) {
		DECIDE_PURCHASES.require(user);
	}

}

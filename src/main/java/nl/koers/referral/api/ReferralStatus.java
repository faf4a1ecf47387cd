package nl.koers.referral.api;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a referral stands. The consultant's side proposes, sends and cancels; the
 * institution accepts or declines, starts and ends.
 */
public enum ReferralStatus {

	PROPOSED, SENT, ACCEPTED, DECLINED, STARTED, ENDED, CANCELLED;

	private static final Set<ReferralStatus> ACTIVE = EnumSet.of(SENT, ACCEPTED, STARTED);

	private static final Set<ReferralStatus> BY_INSTITUTION = EnumSet.of(ACCEPTED, DECLINED, STARTED, ENDED);

	/**
	 * Whether a referral may go from this status to the next one.
	 */
	public boolean allows(ReferralStatus next) {
		return switch (this) {
			case PROPOSED -> next == SENT || next == CANCELLED;
			case SENT -> next == ACCEPTED || next == DECLINED || next == CANCELLED;
			case ACCEPTED -> next == STARTED || next == CANCELLED;
			case STARTED -> next == ENDED || next == CANCELLED;
			case DECLINED, ENDED, CANCELLED -> false;
		};
	}

	/**
	 * Sent and not yet declined, ended or cancelled: the institution sees the client.
	 */
	public boolean active() {
		return ACTIVE.contains(this);
	}

	/**
	 * A step the institution takes (the others are the referring side's).
	 */
	public boolean byInstitution() {
		return BY_INSTITUTION.contains(this);
	}

}

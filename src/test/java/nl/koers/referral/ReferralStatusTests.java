package nl.koers.referral;

import nl.koers.referral.api.ReferralStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The steps a referral may take, without a Spring context.
 */
class ReferralStatusTests {

	@Test
	void theReferringSideProposesSendsAndCancels() {
		assertThat(ReferralStatus.PROPOSED.allows(ReferralStatus.SENT)).isTrue();
		assertThat(ReferralStatus.PROPOSED.allows(ReferralStatus.CANCELLED)).isTrue();
		assertThat(ReferralStatus.PROPOSED.allows(ReferralStatus.ACCEPTED)).isFalse();
		assertThat(ReferralStatus.STARTED.allows(ReferralStatus.CANCELLED)).isTrue();
		assertThat(ReferralStatus.SENT.byInstitution()).isFalse();
	}

	@Test
	void theInstitutionAnswersStartsAndEnds() {
		assertThat(ReferralStatus.SENT.allows(ReferralStatus.ACCEPTED)).isTrue();
		assertThat(ReferralStatus.SENT.allows(ReferralStatus.DECLINED)).isTrue();
		assertThat(ReferralStatus.ACCEPTED.allows(ReferralStatus.STARTED)).isTrue();
		assertThat(ReferralStatus.STARTED.allows(ReferralStatus.ENDED)).isTrue();
		assertThat(ReferralStatus.SENT.allows(ReferralStatus.ENDED)).isFalse();
		assertThat(ReferralStatus.ENDED.byInstitution()).isTrue();
	}

	@Test
	void nothingFollowsTheEndAndOnlySentAcceptedAndStartedAreActive() {
		for (ReferralStatus next : ReferralStatus.values()) {
			assertThat(ReferralStatus.DECLINED.allows(next)).isFalse();
			assertThat(ReferralStatus.ENDED.allows(next)).isFalse();
			assertThat(ReferralStatus.CANCELLED.allows(next)).isFalse();
		}
		assertThat(ReferralStatus.values()).filteredOn(ReferralStatus::active)
			.containsExactly(ReferralStatus.SENT, ReferralStatus.ACCEPTED, ReferralStatus.STARTED);
	}

}

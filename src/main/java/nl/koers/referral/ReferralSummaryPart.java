package nl.koers.referral;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import nl.koers.client.api.ClientFileSummaryPart;
import nl.koers.client.api.ClientRef;
import nl.koers.client.api.SummaryPartView;
import nl.koers.client.api.SummaryPartView.Line;
import nl.koers.identity.api.CurrentUser;
import nl.koers.referral.api.ReferralStatus;
import nl.koers.referral.api.ReferralView;

import org.springframework.stereotype.Component;

/**
 * The client's active referrals (proposed, sent, accepted or started) on the client
 * file's summary. Read with the referrals section's right.
 */
@Component
class ReferralSummaryPart implements ClientFileSummaryPart {

	static final int SHOWN = 3;

	private static final Set<ReferralStatus> ACTIVE = EnumSet.of(ReferralStatus.PROPOSED, ReferralStatus.SENT,
			ReferralStatus.ACCEPTED, ReferralStatus.STARTED);

	private final ReferralPolicy policy;

	private final ReferralStore referrals;

	ReferralSummaryPart(ReferralPolicy policy, ReferralStore referrals) {
		this.policy = policy;
		this.referrals = referrals;
	}

	@Override
	public int order() {
		return 80;
	}

	@Override
	public Optional<SummaryPartView> summarize(CurrentUser user, ClientRef client) {
		if (!this.policy.mayUse(user)) {
			return Optional.empty();
		}
		String section = "/clients/" + client.id() + "/referrals";
		List<ReferralView> active = this.referrals.ofClient(client.id())
			.stream()
			.filter(row -> row.municipalityId().equals(client.municipalityId()))
			.map(ReferralStore.Row::view)
			.filter(referral -> ACTIVE.contains(referral.status()))
			.toList();
		List<Line> lines = new ArrayList<>();
		for (ReferralView referral : active.subList(0, Math.min(SHOWN, active.size()))) {
			lines.add(Line.of(null, "file.referral", Objects.toString(referral.organisationName(), ""))
				.withValue("referral.status." + referral.status())
				.linked(section + "#referral-" + referral.id()));
		}
		if (active.size() > SHOWN) {
			lines.add(Line.of(null, "file.andMore", String.valueOf(active.size() - SHOWN)));
		}
		return Optional.of(new SummaryPartView("referrals", "file.referrals", section, lines, "file.referrals.none"));
	}

}

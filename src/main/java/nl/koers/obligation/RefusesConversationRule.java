package nl.koers.obligation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.koers.obligation.MeasureFacts.ConversationCounts;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A client consistently refuses any conversation when, within the look-back period, the
 * refusals and no-shows reach a threshold and outreach failed often enough.
 */
@Component
class RefusesConversationRule implements MeasureRule {

	private final MeasureFacts facts;

	private final int months;

	private final int refusalThreshold;

	private final int outreachThreshold;

	RefusesConversationRule(MeasureFacts facts, @Value("${koers.measure.look-back-months:6}") int months,
			@Value("${koers.measure.refusal-threshold:3}") int refusalThreshold,
			@Value("${koers.measure.failed-outreach-threshold:2}") int outreachThreshold) {
		this.facts = facts;
		this.months = months;
		this.refusalThreshold = refusalThreshold;
		this.outreachThreshold = outreachThreshold;
	}

	@Override
	public MeasureGround ground() {
		return MeasureGround.REFUSES_CONVERSATION;
	}

	@Override
	public Verdict check(UUID clientId, UUID agreementId, LocalDate today) {
		LocalDate since = today.minusMonths(this.months);
		ConversationCounts counts = this.facts.conversationCounts(clientId, since);
		int refused = counts.refusals() + counts.noShows();
		List<Message> refusals = new ArrayList<>();
		if (refused < this.refusalThreshold) {
			refusals.add(new Message("measure.refused.tooFewRefusals", refused, this.refusalThreshold, this.months));
		}
		if (counts.failedOutreach() < this.outreachThreshold) {
			refusals.add(new Message("measure.refused.tooLittleOutreach", counts.failedOutreach(),
					this.outreachThreshold, this.months));
		}
		if (!refusals.isEmpty()) {
			return Verdict.refused(refusals);
		}
		return Verdict.backedBy(new Message("measure.backing.refusals", counts.refusals(), counts.noShows(),
				counts.failedOutreach(), since), null);
	}

}

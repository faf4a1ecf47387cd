package nl.koers.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nl.koers.agreement.api.AgreementOutcome;
import nl.koers.agreement.api.AgreementView;
import nl.koers.agreement.api.Agreements;
import nl.koers.agreement.api.OutcomeRecord;
import nl.koers.client.api.ClientRef;
import nl.koers.client.api.TimelineEntry;
import nl.koers.client.api.TimelineSource;

import org.springframework.stereotype.Component;

/**
 * Agreements made and every recorded outcome on the client's timeline.
 */
@Component
class AgreementTimelineSource implements TimelineSource {

	static final String KIND = "AGREEMENT";

	private final AgreementStore agreements;

	AgreementTimelineSource(AgreementStore agreements) {
		this.agreements = agreements;
	}

	@Override
	public Set<String> kinds() {
		return Set.of(KIND);
	}

	@Override
	public List<TimelineEntry> entries(ClientRef client) {
		String link = "/clients/" + client.id() + "/agreements";
		List<TimelineEntry> entries = new ArrayList<>();
		for (AgreementView agreement : this.agreements.forClient(client.municipalityId(), client.id())) {
			entries.add(new TimelineEntry(agreement.madeOn(), null, KIND, "timeline.agreement.made", List.of(),
					agreement.description(), agreement.authorName(), agreement.recordedAt(), link));
			agreement.outcomes()
				.forEach(outcome -> entries.add(new TimelineEntry(outcome.outcomeOn(), null, KIND, titleKey(outcome),
						List.of(agreement.description()), outcome.explanation(), outcome.authorName(),
						outcome.recordedAt(), link)));
		}
		return entries;
	}

	private static String titleKey(OutcomeRecord outcome) {
		if (outcome.outcome() == AgreementOutcome.KEPT) {
			return "timeline.agreement.kept";
		}
		return outcome.validReason() ? "timeline.agreement.brokenWithReason" : "timeline.agreement.brokenWithoutReason";
	}

}

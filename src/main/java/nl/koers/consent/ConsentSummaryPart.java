package nl.koers.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.koers.client.api.ClientFileSummaryPart;
import nl.koers.client.api.ClientRef;
import nl.koers.client.api.SummaryPartView;
import nl.koers.client.api.SummaryPartView.Line;
import nl.koers.consent.api.ConsentView;
import nl.koers.identity.api.CurrentUser;

import org.springframework.stereotype.Component;

/**
 * The client's consents that hold today on the client file's summary: how many, and the
 * first to end. Read with the consents section's right, in one query.
 */
@Component
class ConsentSummaryPart implements ClientFileSummaryPart {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

	private final ConsentPolicy policy;

	private final ConsentStore consents;

	private final Clock clock;

	ConsentSummaryPart(ConsentPolicy policy, ConsentStore consents, Clock clock) {
		this.policy = policy;
		this.consents = consents;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 70;
	}

	@Override
	public Optional<SummaryPartView> summarize(CurrentUser user, ClientRef client) {
		if (!this.policy.mayUseConsents(user)) {
			return Optional.empty();
		}
		LocalDate today = LocalDate.now(this.clock);
		List<ConsentView> active = this.consents.consents(client.id())
			.stream()
			.filter(consent -> consent.activeOn(today))
			.toList();
		List<Line> lines = new ArrayList<>();
		if (!active.isEmpty()) {
			lines.add(Line.of(null, "file.consents.active", String.valueOf(active.size())));
			active.stream()
				.map(ConsentView::validUntil)
				.filter(Objects::nonNull)
				.min(Comparator.naturalOrder())
				.ifPresent(until -> lines.add(Line.of(null, "file.consents.firstEnd", DAY.format(until))));
		}
		return Optional.of(new SummaryPartView("consents", "consent.section", "/clients/" + client.id() + "/consents",
				lines, "file.consents.none"));
	}

}

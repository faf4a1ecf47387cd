package nl.koers.obligation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.koers.client.api.ClientFileSummaryPart;
import nl.koers.client.api.ClientRef;
import nl.koers.client.api.SummaryPartView;
import nl.koers.client.api.SummaryPartView.Line;
import nl.koers.identity.api.CurrentUser;

import org.springframework.stereotype.Component;

/**
 * The exemption from the job-application duty that runs today, on the client file's
 * summary. Read with the obligations section's right, in one query.
 */
@Component
class ExemptionSummaryPart implements ClientFileSummaryPart {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

	private final ObligationPolicy policy;

	private final ExemptionStore exemptions;

	private final Clock clock;

	ExemptionSummaryPart(ObligationPolicy policy, ExemptionStore exemptions, Clock clock) {
		this.policy = policy;
		this.exemptions = exemptions;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 60;
	}

	@Override
	public Optional<SummaryPartView> summarize(CurrentUser user, ClientRef client) {
		if (!this.policy.mayWorkWithObligations(user)) {
			return Optional.empty();
		}
		LocalDate today = LocalDate.now(this.clock);
		List<Line> lines = new ArrayList<>();
		this.exemptions.ofClient(client.id())
			.stream()
			.filter(exemption -> exemption.covers(today))
			.findFirst()
			.ifPresent(exemption -> {
				lines.add(exemption.until() == null ? Line.of(null, "file.exemption.open", DAY.format(exemption.from()))
						: Line.of(null, "file.exemption.until", DAY.format(exemption.from()),
								DAY.format(exemption.until())));
				if (!exemption.confirmed()) {
					lines.add(Line.value(null, "file.exemption.unconfirmed").alerted());
				}
			});
		return Optional.of(new SummaryPartView("exemption", "file.exemption",
				"/clients/" + client.id() + "/obligations", lines, "file.exemption.none"));
	}

}

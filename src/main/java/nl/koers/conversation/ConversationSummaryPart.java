package nl.koers.conversation;

import java.time.Clock;
import java.time.LocalDateTime;
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
 * The next conversation on the client file's summary, and the earlier ones still without
 * an outcome. Read with the conversations section's right, in one query.
 */
@Component
class ConversationSummaryPart implements ClientFileSummaryPart {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

	private final ConversationPolicy policy;

	private final AppointmentStore appointments;

	private final Clock clock;

	ConversationSummaryPart(ConversationPolicy policy, AppointmentStore appointments, Clock clock) {
		this.policy = policy;
		this.appointments = appointments;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public Optional<SummaryPartView> summarize(CurrentUser user, ClientRef client) {
		if (!this.policy.mayReachConversations(user)) {
			return Optional.empty();
		}
		AppointmentStore.Upcoming upcoming = this.appointments.upcoming(client.id(), LocalDateTime.now(this.clock));
		String section = "/clients/" + client.id() + "/conversations";
		List<Line> lines = new ArrayList<>();
		if (upcoming.id() != null) {
			lines.add(Line.of("file.conversation.when", "file.plain", WHEN.format(upcoming.plannedAt()))
				.linked(section + "#appointment-" + upcoming.id()));
			lines.add(Line.value("conversation.channel", "conversation.channel." + upcoming.channel()));
			lines.add(Line.of("file.conversation.with", "file.plain",
					java.util.Objects.toString(upcoming.consultantName(), "")));
		}
		if (upcoming.withoutOutcome() > 0) {
			lines.add(Line.of(null, "file.conversation.withoutOutcome", String.valueOf(upcoming.withoutOutcome()))
				.alerted());
		}
		return Optional.of(new SummaryPartView("conversation", "file.conversation.next", section, lines,
				"file.conversation.none"));
	}

}

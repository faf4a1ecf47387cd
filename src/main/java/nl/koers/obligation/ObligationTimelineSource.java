package nl.koers.obligation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import nl.koers.client.api.ClientRef;
import nl.koers.client.api.TimelineEntry;
import nl.koers.client.api.TimelineSource;

import org.springframework.stereotype.Component;

/**
 * Exemptions and measures (proposed and decided) on the client's timeline.
 */
@Component
class ObligationTimelineSource implements TimelineSource {

	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private final ExemptionStore exemptions;

	private final MeasureStore measures;

	ObligationTimelineSource(ExemptionStore exemptions, MeasureStore measures) {
		this.exemptions = exemptions;
		this.measures = measures;
	}

	@Override
	public Set<String> kinds() {
		return Set.of("EXEMPTION", "MEASURE");
	}

	@Override
	public List<TimelineEntry> entries(ClientRef client) {
		String link = "/clients/" + client.id() + "/obligations";
		Stream<TimelineEntry> exemptions = this.exemptions.ofClient(client.id())
			.stream()
			.filter(exemption -> !exemption.from().equals(exemption.until()))
			.map(exemption -> new TimelineEntry(exemption.from(), null, "EXEMPTION",
					exemption.confirmed() ? "timeline.exemption" : "timeline.exemption.toConfirm", List.of(),
					exemption.reason(), exemption.confirmed() ? exemption.confirmedByName() : null,
					exemption.recordedAt(), link));
		Stream<TimelineEntry> measures = this.measures.ofClient(client.municipalityId(), client.id())
			.stream()
			.flatMap(measure -> Stream.concat(
					Stream.of(new TimelineEntry(day(measure.proposedAt()), null, "MEASURE",
							"timeline.measure.proposed." + measure.ground(), List.of(), measure.justification(),
							measure.proposedByName(), measure.proposedAt(), link)),
					measure.decidedAt() == null ? Stream.empty()
							: Stream.of(new TimelineEntry(day(measure.decidedAt()), null, "MEASURE",
									"timeline.measure." + measure.status(), List.of(), measure.decisionNote(),
									measure.decidedByName(), measure.decidedAt(), link))));
		return Stream.concat(exemptions, measures).toList();
	}

	private static LocalDate day(Instant instant) {
		return LocalDate.ofInstant(instant, ZONE);
	}

}

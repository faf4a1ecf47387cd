package nl.koers.coordination;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import nl.koers.client.api.ClientRef;
import nl.koers.client.api.TimelineEntry;
import nl.koers.client.api.TimelineSource;
import nl.koers.coordination.api.Signals;

import org.springframework.stereotype.Component;

/**
 * Signals (on the day of the observation) and advice requests (on the day they were
 * asked) on the client's timeline.
 */
@Component
class CoordinationTimelineSource implements TimelineSource {

	private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	private final SignalStore signals;

	private final AdviceStore requests;

	CoordinationTimelineSource(SignalStore signals, AdviceStore requests) {
		this.signals = signals;
		this.requests = requests;
	}

	@Override
	public Set<String> kinds() {
		return Set.of("SIGNAL", "ADVICE_REQUEST");
	}

	@Override
	public List<TimelineEntry> entries(ClientRef client) {
		String link = "/clients/" + client.id() + "/coordination";
		return Stream.concat(this.signals.ofClient(client.municipalityId(), client.id())
			.stream()
			.map(signal -> new TimelineEntry(signal.observedOn(), null, "SIGNAL", "timeline.signal." + signal.kind(),
					List.of(), signal.observation(), signal.raisedByName(), signal.raisedAt(), link)),
				this.requests.ofClient(client.municipalityId(), client.id())
					.stream()
					.map(request -> new TimelineEntry(request.askedAt().atZone(AMSTERDAM).toLocalDate(),
							request.askedAt().atZone(AMSTERDAM).toLocalTime(), "ADVICE_REQUEST",
							"timeline.adviceRequest." + request.status(), List.of(), request.question(),
							request.askedByName(), request.askedAt(), link)))
			.toList();
	}

}

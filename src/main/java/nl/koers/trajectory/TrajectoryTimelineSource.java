package nl.koers.trajectory;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import nl.koers.client.api.ClientRef;
import nl.koers.client.api.TimelineEntry;
import nl.koers.client.api.TimelineSource;
import nl.koers.trajectory.TrajectoryStore.Row;
import nl.koers.trajectory.api.StepKind;
import nl.koers.trajectory.api.TrajectoryView.Step;
import nl.koers.trajectory.api.TrajectoryView;

import org.springframework.stereotype.Component;

/**
 * Every step of the client's trajectories on the timeline.
 */
@Component
class TrajectoryTimelineSource implements TimelineSource {

	static final String KIND = "TRAJECTORY";

	private static final Set<StepKind> BY_PROVIDER = EnumSet.of(StepKind.ACCEPTED, StepKind.DECLINED, StepKind.REPORT);

	private final TrajectoryStore store;

	TrajectoryTimelineSource(TrajectoryStore store) {
		this.store = store;
	}

	@Override
	public Set<String> kinds() {
		return Set.of(KIND);
	}

	@Override
	public List<TimelineEntry> entries(ClientRef client) {
		List<TimelineEntry> entries = new ArrayList<>();
		for (Row row : this.store.ofClient(client.municipalityId(), client.id())) {
			TrajectoryView trajectory = row.view();
			for (Step step : trajectory.steps()) {
				String subject = BY_PROVIDER.contains(step.kind()) ? trajectory.providerName()
						: trajectory.contractName();
				String phase = step.phase() == null || step.phase() > trajectory.phases().size() ? ""
						: step.phase() + ". " + trajectory.phases().get(step.phase() - 1);
				entries.add(new TimelineEntry(step.occurredOn(), null, KIND, "timeline.trajectory." + step.kind(),
						List.of(subject, phase), step.note(), step.authorName(), step.recordedAt(),
						"/trajectories/" + trajectory.id()));
			}
		}
		return entries;
	}

}

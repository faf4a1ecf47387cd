package nl.koers.goal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nl.koers.client.api.ClientRef;
import nl.koers.client.api.TimelineEntry;
import nl.koers.client.api.TimelineSource;

import org.springframework.stereotype.Component;

/**
 * Goals set, their progress notes and their status changes on the client's timeline.
 */
@Component
class GoalTimelineSource implements TimelineSource {

	static final String KIND = "GOAL";

	private final GoalStore store;

	GoalTimelineSource(GoalStore store) {
		this.store = store;
	}

	@Override
	public Set<String> kinds() {
		return Set.of(KIND);
	}

	@Override
	public List<TimelineEntry> entries(ClientRef client) {
		String link = "/clients/" + client.id() + "/goals";
		List<TimelineEntry> entries = new ArrayList<>();
		for (GoalView goal : this.store.forClient(client.municipalityId(), client.id())) {
			entries.add(new TimelineEntry(goal.startDate(), null, KIND, "timeline.goal." + goal.category(), List.of(),
					goal.description(), goal.authorName(), goal.recordedAt(), link));
			goal.progress()
				.forEach(note -> entries.add(new TimelineEntry(note.notedOn(), null, KIND, "timeline.goal.progress",
						List.of(goal.description()), note.note(), note.authorName(), note.recordedAt(), link)));
			goal.statusHistory()
				.forEach(change -> entries.add(new TimelineEntry(change.changedOn(), null, KIND,
						"timeline.goal.status." + change.status(), List.of(goal.description()), change.reason(),
						change.authorName(), change.recordedAt(), link)));
		}
		return entries;
	}

}

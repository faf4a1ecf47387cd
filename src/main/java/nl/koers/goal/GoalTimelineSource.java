package nl.koers.goal;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import nl.koers.client.api.ClientRef;
import nl.koers.client.api.TimelineEntry;
import nl.koers.client.api.TimelineSource;
import nl.koers.goal.api.GoalView;

import org.springframework.stereotype.Component;

/**
 * Goals set, their progress notes and their status changes on the client's timeline.
 */
@Component
class GoalTimelineSource implements TimelineSource {

	static final String KIND = "GOAL";

	private final GoalStore goals;

	GoalTimelineSource(GoalStore goals) {
		this.goals = goals;
	}

	@Override
	public Set<String> kinds() {
		return Set.of(KIND);
	}

	@Override
	public List<TimelineEntry> entries(ClientRef client) {
		String link = "/clients/" + client.id() + "/goals";
		return this.goals.forClient(client.municipalityId(), client.id())
			.stream()
			.flatMap(goal -> entries(goal, link))
			.toList();
	}

	/**
	 * The goal as set, then its progress notes, then its status changes.
	 */
	private static Stream<TimelineEntry> entries(GoalView goal, String link) {
		List<String> about = List.of(goal.description());
		Stream<TimelineEntry> set = Stream
			.of(new TimelineEntry(goal.startDate(), null, KIND, "timeline.goal." + goal.category(), List.of(),
					goal.description(), goal.authorName(), goal.recordedAt(), link));
		Stream<TimelineEntry> progress = goal.progress()
			.stream()
			.map(note -> new TimelineEntry(note.notedOn(), null, KIND, "timeline.goal.progress", about, note.note(),
					note.authorName(), note.recordedAt(), link));
		Stream<TimelineEntry> changes = goal.statusHistory()
			.stream()
			.map(change -> new TimelineEntry(change.changedOn(), null, KIND, "timeline.goal.status." + change.status(),
					about, change.reason(), change.authorName(), change.recordedAt(), link));
		return Stream.concat(set, Stream.concat(progress, changes));
	}

}

package nl.koers.screening.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A campaign with its progress: how many clients were selected, examined and still to do,
 * and the outcomes so far. Counts only, no personal data.
 */
public record CampaignView(UUID id, String name, LocalDate selectionDate, String startedByName, Instant startedAt,
		Instant closedAt, int total, int examined, int toDo, Map<ScreeningOutcome, Integer> outcomes) {

	public boolean open() {
		return this.closedAt == null;
	}

	public int percentExamined() {
		return this.total == 0 ? 0 : this.examined * 100 / this.total;
	}

}

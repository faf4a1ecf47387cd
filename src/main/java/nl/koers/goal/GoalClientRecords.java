package nl.koers.goal;

import java.util.List;

import nl.koers.privacy.api.ClientRecords;
import nl.koers.privacy.api.ClientTable;
import nl.koers.privacy.api.RecordKind;

import org.springframework.stereotype.Component;

/**
 * What {@code goal} stores about a client: goals with their progress and status history,
 * removed.
 */
@Component
class GoalClientRecords implements ClientRecords {

	@Override
	public List<ClientTable> tables() {
		return List.of(
				ClientTable.delete("goal_status_change", "goal_id in (select id from goal where client_id = ?)",
						RecordKind.FILE),
				ClientTable.delete("goal_progress", "goal_id in (select id from goal where client_id = ?)",
						RecordKind.FILE),
				ClientTable.delete("goal", "client_id = ?", RecordKind.FILE));
	}

}

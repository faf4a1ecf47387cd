package nl.koers.trajectory;

import java.util.List;

import nl.koers.privacy.api.ClientRecords;
import nl.koers.privacy.api.ClientTable;
import nl.koers.privacy.api.RecordKind;

import org.springframework.stereotype.Component;

/**
 * What {@code trajectory} stores about a client: trajectories and their steps stay for
 * contract monitoring and the outcomes, with the motivation and notes cleared.
 */
@Component
class TrajectoryClientRecords implements ClientRecords {

	@Override
	public List<ClientTable> tables() {
		return List.of(
				ClientTable.anonymise("trajectory_event",
						"trajectory_id in (select id from trajectory where client_id = ?)", RecordKind.FILE, "note"),
				ClientTable.anonymise("trajectory", "client_id = ?", RecordKind.FILE, "motivation", "approval_reasons",
						"outcome_note"));
	}

}

package nl.koers.budget;

import java.util.List;

import nl.koers.privacy.api.ClientRecords;
import nl.koers.privacy.api.ClientTable;
import nl.koers.privacy.api.RecordKind;

import org.springframework.stereotype.Component;

/**
 * What {@code budget} stores about a client: the money committed for the client's
 * trajectories, kept as it is (amounts only; the budget report counts them).
 */
@Component
class BudgetClientRecords implements ClientRecords {

	@Override
	public List<ClientTable> tables() {
		return List.of(ClientTable.keep("budget_commitment",
				"trajectory_id in (select id from trajectory where client_id = ?)", RecordKind.FILE));
	}

}

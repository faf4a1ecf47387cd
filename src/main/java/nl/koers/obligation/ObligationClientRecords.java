package nl.koers.obligation;

import java.util.List;

import nl.koers.privacy.api.ClientRecords;
import nl.koers.privacy.api.ClientTable;
import nl.koers.privacy.api.RecordKind;

import org.springframework.stereotype.Component;

/**
 * What {@code obligation} stores about a client: the decision letters sent and the
 * exemptions, removed; the measures stay for the measures per year with their reasons
 * cleared, and the facts the measure rules read stay without their description.
 */
@Component
class ObligationClientRecords implements ClientRecords {

	@Override
	public List<ClientTable> tables() {
		return List.of(ClientTable.delete("decision_letter", "client_id = ?", RecordKind.DECISIONS),
				ClientTable.delete("exemption", "client_id = ?", RecordKind.DECISIONS),
				ClientTable.anonymise("measure", "client_id = ?", RecordKind.DECISIONS, "justification", "backing",
						"decision_note"),
				ClientTable.anonymise("measure_fact", "client_id = ?", RecordKind.DECISIONS, "description"));
	}

}

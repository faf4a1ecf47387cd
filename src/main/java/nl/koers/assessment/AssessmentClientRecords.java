package nl.koers.assessment;

import java.util.List;

import nl.koers.privacy.api.ClientRecords;
import nl.koers.privacy.api.ClientTable;
import nl.koers.privacy.api.RecordKind;

import org.springframework.stereotype.Component;

/**
 * What {@code assessment} stores about a client: assessments and their scores, removed.
 */
@Component
class AssessmentClientRecords implements ClientRecords {

	@Override
	public List<ClientTable> tables() {
		return List.of(
				ClientTable.delete("assessment_score",
						"assessment_id in (select id from assessment where client_id = ?)", RecordKind.FILE),
				ClientTable.delete("assessment", "client_id = ?", RecordKind.FILE));
	}

}

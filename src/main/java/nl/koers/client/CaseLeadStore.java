package nl.koers.client;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Case leads by client in plain SQL, for {@link CaseLeadService}: only the ids, which
 * {@code client_caseload_idx} (municipality, case lead, name, id) holds, so the scan
 * never reads a client's row.
 */
@Repository
class CaseLeadStore {

	private final JdbcClient jdbc;

	CaseLeadStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<UUID, UUID> caseLeadsOf(UUID municipalityId) {
		Map<UUID, UUID> leads = new HashMap<>();
		this.jdbc.sql("select id, case_lead_id from client where municipality_id = ? and case_lead_id is not null")
			.param(municipalityId)
			.query((rs, row) -> leads.put(rs.getObject("id", UUID.class), rs.getObject("case_lead_id", UUID.class)))
			.list();
		return leads;
	}

}

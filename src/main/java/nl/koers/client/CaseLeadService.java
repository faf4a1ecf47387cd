package nl.koers.client;

import java.util.Map;
import java.util.UUID;

import nl.koers.client.api.CaseLeads;
import nl.koers.system.Open;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case leads by client ({@link CaseLeads}), for reports that check their own access
 * rules.
 */
@Service
class CaseLeadService implements CaseLeads {

	private final CaseLeadStore store;

	CaseLeadService(CaseLeadStore store) {
		this.store = store;
	}

	@Override
	@Open("called by reporting inside its own checked step; takes no user and gives ids only")
	@Transactional(readOnly = true)
	public Map<UUID, UUID> caseLeadsOf(UUID municipalityId) {
		return this.store.caseLeadsOf(municipalityId);
	}

}

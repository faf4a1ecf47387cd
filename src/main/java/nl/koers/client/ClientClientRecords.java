package nl.koers.client;

import java.util.List;

import nl.koers.privacy.api.ClientRecords;
import nl.koers.privacy.api.ClientTable;
import nl.koers.privacy.api.RecordKind;

import org.springframework.stereotype.Component;

/**
 * What {@code client} stores about a client, for retention and access requests: the
 * change history (a period of its own); the household members (removed; in a household
 * shared with another client only the client's own row); the benefit periods; the
 * household row (kept, it holds nothing personal); and the client row, kept as a stub
 * (id, municipality, the day it was erased) with every personal column cleared, so that
 * the reports that count the client stay right.
 */
@Component
class ClientClientRecords implements ClientRecords {

	/**
	 * The client's household members: the client's own row, and, when no other client
	 * (not erased) lives in the client's household, every member of it.
	 */
	static final String HOUSEHOLD_MEMBERS = """
			exists (select 1 from client c where c.id = ? and (household_member.client_id = c.id
			    or (household_member.household_id = c.household_id and not exists (select 1 from client o
			        where o.household_id = c.household_id and o.id <> c.id and o.erased_on is null))))""";

	@Override
	public List<ClientTable> tables() {
		return List.of(ClientTable.delete("client_change", "client_id = ?", RecordKind.CHANGE_HISTORY),
				ClientTable.delete("household_member", HOUSEHOLD_MEMBERS, RecordKind.FILE),
				ClientTable.delete("benefit_period", "client_id = ?", RecordKind.FILE),
				ClientTable.delete("legal_hold", "client_id = ?", RecordKind.FILE),
				ClientTable.keep("household", "id in (select household_id from client where id = ?)", RecordKind.FILE),
				ClientTable.anonymise("client", "id = ?", RecordKind.FILE, "bsn", "given_name", "name_prefix",
						"family_name", "date_of_birth", "benefit_start_date", "without_benefit", "street",
						"house_number", "postal_code", "city", "phone", "email", "household_type", "children",
						"case_lead_id", "caseload_route", "next_review", "next_appointment", "last_contact"));
	}

}

package nl.koers.referral;

import java.util.List;

import nl.koers.privacy.api.ClientRecords;
import nl.koers.privacy.api.ClientTable;
import nl.koers.privacy.api.RecordKind;

import org.springframework.stereotype.Component;

/**
 * What {@code referral} stores about a client: referrals with their categories, status
 * history and notes, removed; a purchase request stays for the money, with the client and
 * the reasons cleared.
 */
@Component
class ReferralClientRecords implements ClientRecords {

	@Override
	public List<ClientTable> tables() {
		return List.of(
				ClientTable.delete("referral_category", "referral_id in (select id from referral where client_id = ?)",
						RecordKind.FILE),
				ClientTable.delete("referral_status", "referral_id in (select id from referral where client_id = ?)",
						RecordKind.FILE),
				ClientTable.delete("referral_note", "referral_id in (select id from referral where client_id = ?)",
						RecordKind.FILE),
				ClientTable.delete("referral", "client_id = ?", RecordKind.FILE), ClientTable.anonymise(
						"purchase_request", "client_id = ?", RecordKind.FILE, "client_id", "why", "decision_note"));
	}

}

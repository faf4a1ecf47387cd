package nl.koers.privacy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.koers.privacy.RetentionStore.KindCount;
import nl.koers.privacy.api.RecordKind;

/**
 * What a retention run would do today in one municipality (the dry run): per kind the
 * clients and rows it erases, and each client by id and the day the file closed (no
 * names), held clients among them but skipped.
 *
 * @param today the day the plan is for
 * @param clients the clients with something to erase, oldest closing first
 * @param kinds per kind the clients and rows erased (held clients left out), the records
 * kept by their own age (the access log) among them
 * @param held how many clients a legal hold keeps
 * @param complete how many clients are erased completely (only a stub stays)
 */
record RetentionPlan(LocalDate today, List<PlannedClient> clients, Map<RecordKind, KindCount> kinds, int held,
		int complete) {

	/**
	 * Whether a run would remove nothing.
	 */
	public boolean nothing() {
		return this.clients.isEmpty() && this.kinds.isEmpty();
	}

	/**
	 * One client in the plan.
	 *
	 * @param clientId the client's id
	 * @param closedOn the day the file closed
	 * @param kinds the kinds whose period has passed and that are not erased yet
	 * @param rows per kind the rows erased
	 * @param held whether a legal hold keeps the client (nothing is erased)
	 * @param complete whether every period has passed (the client becomes a stub)
	 */
	record PlannedClient(UUID clientId, LocalDate closedOn, Set<RecordKind> kinds, Map<RecordKind, Integer> rows,
			boolean held, boolean complete) {
	}

}

package nl.koers.accesslog;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.koers.accesslog.api.AccessAction;
import nl.koers.accesslog.api.AccessOutcome;
import nl.koers.identity.api.CurrentUser;

/**
 * The entries of one access: the same moment, user, action, purpose, operation (the
 * handler that served the request), outcome and address for each client it showed, one
 * entry per client, each with the reason of access given for that client in the session,
 * if any.
 */
record NewEntries(Instant occurredAt, CurrentUser user, List<UUID> clientIds, AccessAction action, String purpose,
		String operation, AccessOutcome outcome, String remoteAddress, Map<UUID, GivenReason> reasons) {

	GivenReason reason(UUID clientId) {
		return clientId == null ? null : this.reasons.get(clientId);
	}

	/**
	 * The reason code of each client, in order; an empty text for none.
	 */
	String[] reasonCodes() {
		return this.clientIds.stream()
			.map(this::reason)
			.map(given -> given == null ? "" : given.reason().name())
			.toArray(String[]::new);
	}

	/**
	 * The reason text of each client, in order; an empty text for none.
	 */
	String[] reasonTexts() {
		return this.clientIds.stream()
			.map(this::reason)
			.map(given -> given == null || given.text() == null ? "" : given.text())
			.toArray(String[]::new);
	}

}

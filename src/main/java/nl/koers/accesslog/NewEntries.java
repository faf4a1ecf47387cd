package nl.koers.accesslog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nl.koers.accesslog.api.AccessAction;
import nl.koers.accesslog.api.AccessOutcome;
import nl.koers.identity.api.CurrentUser;

/**
 * The entries of one access: the same moment, user, action, purpose, outcome and address
 * for each client it showed, one entry per client.
 */
record NewEntries(Instant occurredAt, CurrentUser user, List<UUID> clientIds, AccessAction action, String purpose,
		AccessOutcome outcome, String remoteAddress) {
}

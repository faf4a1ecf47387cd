package nl.koers.accesslog;

import java.time.Instant;
import java.util.UUID;

import nl.koers.accesslog.api.AccessAction;
import nl.koers.accesslog.api.AccessOutcome;
import nl.koers.identity.api.CurrentUser;

record NewEntry(Instant occurredAt, CurrentUser user, UUID clientId, AccessAction action, String purpose,
		AccessOutcome outcome, String remoteAddress) {
}

package nl.koers.client;

import java.time.Instant;
import java.util.UUID;

/**
 * A legal hold on a client's file: while it is in force ({@code liftedAt} is null) the
 * retention run does not erase the file.
 */
record LegalHold(UUID id, String reason, String setByName, Instant setAt, String liftReason, String liftedByName,
		Instant liftedAt) {

	boolean inForce() {
		return this.liftedAt == null;
	}

}

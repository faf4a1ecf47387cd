package nl.koers.accesslog;

import java.io.Serializable;
import java.time.Instant;

import nl.koers.accesslog.api.AccessReason;

/**
 * A reason of access given in a session for one client, until when it holds. Kept in the
 * session (Java serialisation in Spring Session JDBC), so it holds no personal data but
 * the user's own short text.
 */
record GivenReason(AccessReason reason, String text, Instant until) implements Serializable {

	boolean holdsAt(Instant now) {
		return now.isBefore(this.until);
	}

}

package nl.koers.accesslog.api;

import java.util.UUID;

/**
 * The reasons of access given in the current session (kept server-side in the session,
 * which lives in PostgreSQL): a reason holds for that client for the rest of the session,
 * at most {@code koers.access-log.reason-valid-for} (8 hours by default), and the access
 * log writes it with every entry for that client. Outside a request nothing is given.
 */
public interface AccessReasons {

	/**
	 * Whether a reason for this client was given in the current session and still holds.
	 */
	boolean given(UUID clientId);

	/**
	 * Keeps the reason for this client in the current session. The text is stripped;
	 * {@link AccessReason#OTHER} needs one; at most {@link AccessReason#TEXT_LENGTH}
	 * characters. Throws {@code InvalidFieldException} (fields {@code reason},
	 * {@code text}) otherwise.
	 */
	void give(UUID clientId, AccessReason reason, String text);

}

package nl.koers.identity;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends a user's sessions (kept in PostgreSQL, found by the user name they are signed in
 * with) when what they were signed in with no longer holds: roles changed, account
 * disabled, password or second factor reset.
 */
@Component
class SignedInSessions {

	private final FindByIndexNameSessionRepository<?> sessions;

	SignedInSessions(FindByIndexNameSessionRepository<?> sessions) {
		this.sessions = sessions;
	}

	/**
	 * Ends every session of the user once the current transaction commits (at once
	 * outside one).
	 */
	void end(String username) {
		endExcept(username, null);
	}

	/**
	 * Ends every session of the user but the one given.
	 */
	void endExcept(String username, String keep) {
		Runnable ending = () -> this.sessions.findByPrincipalName(username)
			.keySet()
			.stream()
			.filter(id -> !id.equals(keep))
			.forEach(this.sessions::deleteById);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					ending.run();
				}
			});
		}
		else {
			ending.run();
		}
	}

}

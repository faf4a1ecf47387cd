package nl.koers.identity;

import java.util.Comparator;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * At most {@code koers.security.sessions.max-per-user} (3) sessions per user: a new
 * sign-in ends the user's least recently used sessions beyond the limit. Sessions are in
 * PostgreSQL (Spring Session JDBC, found by the user name index), so this holds over
 * every node, and an ended session is gone at once: its next request is not signed in.
 * Applied when a sign-in is complete (after the second factor, when there is one), so a
 * password alone ends no session.
 */
@Component
class SessionLimit {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final int maxPerUser;

	SessionLimit(FindByIndexNameSessionRepository<? extends Session> sessions,
			@Value("${koers.security.sessions.max-per-user:3}") int maxPerUser) {
		if (maxPerUser < 1 || maxPerUser > 1000) {
			throw new IllegalArgumentException("koers.security.sessions.max-per-user must be between 1 and 1000");
		}
		this.sessions = sessions;
		this.maxPerUser = maxPerUser;
	}

	/**
	 * Ends the user's oldest sessions other than the current one, so that with it they
	 * have at most the maximum.
	 */
	void enforce(String username, String currentSessionId) {
		List<? extends Session> others = this.sessions.findByPrincipalName(username)
			.values()
			.stream()
			.filter(session -> !session.getId().equals(currentSessionId))
			.sorted(Comparator.comparing(Session::getLastAccessedTime))
			.toList();
		for (int i = 0; i < others.size() - (this.maxPerUser - 1); i++) {
			this.sessions.deleteById(others.get(i).getId());
		}
	}

	int count(String username) {
		return this.sessions.findByPrincipalName(username).size();
	}

}

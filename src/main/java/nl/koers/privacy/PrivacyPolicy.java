package nl.koers.privacy;

import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Permission;
import nl.koers.identity.api.Role;

import org.springframework.stereotype.Component;

/**
 * Who may do what in {@code privacy}: the data protection officer (auditor) and the
 * administrator see the retention periods, the dry run and the runs of their own
 * municipality; only the administrator starts a run.
 */
@Component("privacyPolicy")
class PrivacyPolicy {

	static final Permission VIEW_RETENTION = Permission.of("see retention and its runs", Role.AUDITOR,
			Role.ADMINISTRATOR);

	static final Permission RUN_RETENTION = Permission.of("start a retention run", Role.ADMINISTRATOR);

	public boolean mayViewRetention(CurrentUser user) {
		return VIEW_RETENTION.allows(user);
	}

	public boolean mayRunRetention(CurrentUser user) {
		return RUN_RETENTION.allows(user);
	}

	void requireViewRetention(CurrentUser user) {
		VIEW_RETENTION.require(user);
	}

	void requireRunRetention(CurrentUser user) {
		RUN_RETENTION.require(user);
	}

}

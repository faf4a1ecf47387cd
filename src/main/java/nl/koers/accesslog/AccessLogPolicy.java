package nl.koers.accesslog;

import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Permission;
import nl.koers.identity.api.Role;

import org.springframework.stereotype.Component;

/**
 * Who may do what in {@code accesslog}: only auditors read the access log, and only their
 * own municipality's. Writing it is every module's duty and needs no permission.
 */
@Component("accesslogPolicy")
class AccessLogPolicy {

	static final Permission AUDIT = Permission.of("read the access log", Role.AUDITOR);

	public boolean mayAudit(CurrentUser user) {
		return AUDIT.allows(user);
	}

	void requireAudit(CurrentUser user) {
		AUDIT.require(user);
	}

}

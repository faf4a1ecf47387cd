package nl.koers.document;

import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Permission;
import nl.koers.identity.api.Role;

import org.springframework.stereotype.Component;

/**
 * Who may read and file documents. Whether the user may do so for one client (the
 * municipality, the case lead or a coordinator for filing) is the client gate's decision
 * on top of this.
 */
@Component("documentPolicy")
class DocumentPolicy {

	static final Permission READ_DOCUMENTS = Permission.of("read client documents", Role.CONSULTANT, Role.COORDINATOR);

	static final Permission FILE_DOCUMENTS = Permission.of("file client documents", Role.CONSULTANT, Role.COORDINATOR);

	static final Permission READ_SHARED = Permission.of("read documents shared with the organisation",
			Role.INSTITUTION_WORKER);

	public boolean mayRead(CurrentUser user) {
		return READ_DOCUMENTS.allows(user);
	}

	public boolean mayFile(CurrentUser user) {
		return FILE_DOCUMENTS.allows(user);
	}

	void requireRead(CurrentUser user) {
		READ_DOCUMENTS.require(user);
	}

	void requireReadShared(CurrentUser user) {
		READ_SHARED.require(user);
	}

	void requireFile(CurrentUser user) {
		FILE_DOCUMENTS.require(user);
	}

}

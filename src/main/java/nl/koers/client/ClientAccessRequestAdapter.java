package nl.koers.client;

import java.util.UUID;

import nl.koers.accesslog.api.AccessAction;
import nl.koers.accesslog.api.AccessLog;
import nl.koers.client.api.ClientView;
import nl.koers.identity.api.CurrentUser;
import nl.koers.privacy.api.AccessRequestSubject;
import nl.koers.privacy.api.AccessRequestSubjects;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives an access request (AVG article 15) its client: read through the client gate, and
 * the export recorded in the access log with its purpose.
 */
@Component
class ClientAccessRequestAdapter implements AccessRequestSubjects {

	/**
	 * The purpose in the access log: an access request, in the log's language (Dutch).
	 */
	static final String PURPOSE = "inzageverzoek (AVG art. 15)";

	private final ClientService clients;

	private final AccessLog accessLog;

	ClientAccessRequestAdapter(ClientService clients, AccessLog accessLog) {
		this.clients = clients;
		this.accessLog = accessLog;
	}

	@Override
	@Transactional
	public AccessRequestSubject export(CurrentUser user, UUID clientId) {
		ClientView client = this.clients.get(user, clientId);
		this.accessLog.recordLookup(user, AccessAction.EXPORT, client.id(), PURPOSE);
		return new AccessRequestSubject(client.id(), client.displayName(), client.bsn(), client.dateOfBirth());
	}

	@Override
	@Transactional
	public String name(CurrentUser user, UUID clientId) {
		return this.clients.get(user, clientId).displayName();
	}

}

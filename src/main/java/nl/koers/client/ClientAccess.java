package nl.koers.client;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.koers.accesslog.api.AccessAction;
import nl.koers.accesslog.api.AccessLog;
import nl.koers.client.ClientAccessPolicy.ReadScope;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.NotFoundException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gate other modules pass before they show or change anything about a client: it
 * applies the client access rules (403 for a role without access, 404 for a client the
 * caller may not see) and writes the access log entry in the caller's transaction.
 */
@Service
public class ClientAccess {

	private final ClientRepository clients;

	private final AccessLog accessLog;

	private final ObjectProvider<SharedClients> sharedClients;

	ClientAccess(ClientRepository clients, AccessLog accessLog, ObjectProvider<SharedClients> sharedClients) {
		this.clients = clients;
		this.accessLog = accessLog;
		this.sharedClients = sharedClients;
	}

	/**
	 * The client, for reading data about them; logs a read.
	 */
	@Transactional
	public ClientRef read(CurrentUser user, UUID clientId) {
		ClientRef client = find(user, clientId, AccessAction.READ);
		this.accessLog.record(user, AccessAction.READ, clientId);
		return client;
	}

	/**
	 * The client, for recording something about them: only the case lead or a
	 * coordinator; logs an update.
	 */
	@Transactional
	public ClientRef change(CurrentUser user, UUID clientId) {
		ClientRef client = find(user, clientId, AccessAction.UPDATE);
		ClientAccessPolicy.requireChange(user, client.caseLeadId());
		this.accessLog.record(user, AccessAction.UPDATE, clientId);
		return client;
	}

	/**
	 * What an institution worker may read about a client in one data category (see
	 * {@link SharedClient}): only when {@link SharedClients} allows that category for the
	 * worker's organisation now; logs a read. Any other case is logged as denied and
	 * answered as not found; other roles get 403.
	 */
	@Transactional
	public SharedClient readShared(CurrentUser worker, UUID clientId, String category) {
		ClientAccessPolicy.requireInstitutionWorker(worker);
		Optional<Client> client = worker.organisationId() == null || !this.sharedClients.stream()
			.anyMatch(shared -> shared.sharedCategories(clientId, worker.organisationId()).contains(category))
					? Optional.empty() : this.clients.findByIdAndMunicipalityId(clientId, worker.municipalityId());
		Client found = client.orElseThrow(() -> {
			this.accessLog.recordDenied(worker, AccessAction.READ, clientId);
			return new NotFoundException("client");
		});
		this.accessLog.record(worker, AccessAction.READ, clientId);
		return SharedClient.of(found, category);
	}

	public boolean mayChange(CurrentUser user, ClientRef client) {
		return ClientAccessPolicy.mayChange(user, client.caseLeadId());
	}

	/**
	 * Clients of the caller's municipality for a list the caller may see; logs one list
	 * entry per client returned. Unknown ids and other municipalities' clients are left
	 * out.
	 */
	@Transactional
	public Map<UUID, ClientRef> list(CurrentUser user, Collection<UUID> clientIds) {
		if (ClientAccessPolicy.readScope(user) != ReadScope.MUNICIPALITY || clientIds.isEmpty()) {
			return Map.of();
		}
		List<ClientRef> found = this.clients.findAllById(clientIds)
			.stream()
			.filter(client -> client.getMunicipalityId().equals(user.municipalityId()))
			.map(ClientAccess::ref)
			.toList();
		this.accessLog.record(user, AccessAction.LIST, found.stream().map(ClientRef::id).toList());
		return found.stream().collect(Collectors.toMap(ClientRef::id, Function.identity()));
	}

	/**
	 * The ids of the caller's own caseload, to narrow a selection to the clients a
	 * consultant leads; no personal data, so nothing is logged.
	 */
	@Transactional(readOnly = true)
	public List<UUID> caseload(CurrentUser user) {
		return this.clients.findIdsByMunicipalityIdAndCaseLeadId(user.municipalityId(), user.id());
	}

	/**
	 * The client's case lead, for a module that opens a task after someone outside the
	 * municipality's staff (a provider) recorded a step; no personal data, so nothing is
	 * logged.
	 */
	@Transactional(readOnly = true)
	public Optional<UUID> caseLead(UUID municipalityId, UUID clientId) {
		return this.clients.findByIdAndMunicipalityId(clientId, municipalityId).map(Client::getCaseLeadId);
	}

	private ClientRef find(CurrentUser user, UUID clientId, AccessAction action) {
		return ref(client(user, clientId, action));
	}

	/**
	 * The client if the caller may see them; a refused lookup is logged and answered as
	 * not found.
	 */
	Client client(CurrentUser user, UUID clientId, AccessAction action) {
		ReadScope scope = ClientAccessPolicy.readScope(user);
		return (scope == ReadScope.MUNICIPALITY
				? this.clients.findByIdAndMunicipalityId(clientId, user.municipalityId()) : Optional.<Client>empty())
			.orElseThrow(() -> {
				this.accessLog.recordDenied(user, action, clientId);
				return new NotFoundException("client");
			});
	}

	static ClientRef ref(Client client) {
		ClientDetails details = client.details();
		return new ClientRef(client.getId(), client.getMunicipalityId(), client.displayName(), details.dateOfBirth(),
				details.benefitStartDate(), client.getCaseLeadId());
	}

}

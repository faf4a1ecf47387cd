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
import nl.koers.accesslog.api.AccessReason;
import nl.koers.accesslog.api.AccessReasons;
import nl.koers.client.ClientPolicy.ReadScope;
import nl.koers.client.api.ClientAccess;
import nl.koers.client.api.ClientDetails;
import nl.koers.client.api.ClientRef;
import nl.koers.client.api.SharedClient;
import nl.koers.client.api.SharedClients;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.NotFoundException;
import nl.koers.system.Open;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gate other modules pass before they show or change anything about a client: it
 * applies {@link ClientPolicy} (403 for a role without access, 404 for a client the
 * caller may not see) and writes the access log entry in the caller's transaction.
 */
@Service
class ClientAccessService implements ClientAccess {

	private static final String IDENTITY = "IDENTITY";

	private static final String CONTACT_DETAILS = "CONTACT_DETAILS";

	private final ClientRepository clients;

	private final ClientPolicy policy;

	private final AccessLog accessLog;

	/**
	 * What the modules that share clients with institutions ({@code referral},
	 * {@code trajectory}) allow; they implement this SPI of client's door without using
	 * this gate, so there is no cycle between the beans.
	 */
	private final List<SharedClients> sharedClients;

	private final AccessReasons reasons;

	ClientAccessService(ClientRepository clients, ClientPolicy policy, AccessLog accessLog,
			List<SharedClients> sharedClients, AccessReasons reasons) {
		this.reasons = reasons;
		this.clients = clients;
		this.policy = policy;
		this.accessLog = accessLog;
		this.sharedClients = sharedClients;
	}

	@Override
	@Transactional
	public ClientRef read(CurrentUser user, UUID clientId) {
		ClientRef client = ref(client(user, clientId, AccessAction.READ));
		this.accessLog.record(user, AccessAction.READ, clientId);
		return client;
	}

	@Override
	@Transactional
	public ClientRef change(CurrentUser user, UUID clientId) {
		ClientRef client = ref(changeable(user, clientId, AccessAction.UPDATE));
		this.accessLog.record(user, AccessAction.UPDATE, clientId);
		return client;
	}

	@Override
	@Transactional
	public ClientRef readToChange(CurrentUser user, UUID clientId) {
		ClientRef client = ref(changeable(user, clientId, AccessAction.READ));
		this.accessLog.record(user, AccessAction.READ, clientId);
		return client;
	}

	@Override
	@Transactional
	public SharedClient readShared(CurrentUser worker, UUID clientId, String category) {
		this.policy.requireReadShared(worker);
		Optional<Client> client = worker.organisationId() == null || !this.sharedClients.stream()
			.anyMatch(shared -> shared.sharedCategories(clientId, worker.organisationId()).contains(category))
					? Optional.empty() : this.clients.findByIdAndMunicipalityId(clientId, worker.municipalityId());
		Client found = client.orElseThrow(() -> {
			this.accessLog.recordDenied(worker, AccessAction.READ, clientId);
			return new NotFoundException("client");
		});
		this.accessLog.record(worker, AccessAction.READ, clientId);
		return shared(found, category);
	}

	@Override
	public boolean mayChange(CurrentUser user, ClientRef client) {
		return this.policy.mayChange(user, client.caseLeadId());
	}

	@Override
	@Transactional
	public Map<UUID, ClientRef> list(CurrentUser user, Collection<UUID> clientIds) {
		if (this.policy.readScope(user) != ReadScope.MUNICIPALITY || clientIds.isEmpty()) {
			return Map.of();
		}
		List<ClientRef> found = this.clients.findAllById(clientIds)
			.stream()
			.filter(client -> client.getMunicipalityId().equals(user.municipalityId()))
			.map(ClientAccessService::ref)
			.toList();
		this.accessLog.record(user, AccessAction.LIST, found.stream().map(ClientRef::id).toList());
		return found.stream().collect(Collectors.toMap(ClientRef::id, Function.identity()));
	}

	@Override
	@Transactional(readOnly = true)
	@Open("only the ids of the caller's own caseload: no personal data, nothing to refuse")
	public List<UUID> caseload(CurrentUser user) {
		return this.clients.findIdsByMunicipalityIdAndCaseLeadId(user.municipalityId(), user.id());
	}

	@Override
	@Transactional(readOnly = true)
	@Open("called by other modules inside their own checked step; takes no user and gives no personal data")
	public Optional<UUID> caseLead(UUID municipalityId, UUID clientId) {
		return this.clients.findByIdAndMunicipalityId(clientId, municipalityId).map(Client::getCaseLeadId);
	}

	/**
	 * The client if the caller may see them; a refused lookup is logged and answered as
	 * not found. On a page (not the API), a client outside the caller's caseload needs a
	 * reason of access given in this session first ({@link ReasonRequiredException}: the
	 * page "Waarom open je dit dossier?" instead, before anything is read or logged).
	 */
	Client client(CurrentUser user, UUID clientId, AccessAction action) {
		ReadScope scope = this.policy.readScope(user);
		Client client = (scope == ReadScope.MUNICIPALITY
				? this.clients.findByIdAndMunicipalityId(clientId, user.municipalityId()) : Optional.<Client>empty())
			.orElseThrow(() -> {
				this.accessLog.recordDenied(user, action, clientId);
				return new NotFoundException("client");
			});
		if (this.policy.asksReason(user, client.getCaseLeadId()) && ReasonPrompt.onPage()
				&& !this.reasons.given(clientId)) {
			throw new ReasonRequiredException(clientId);
		}
		return client;
	}

	/**
	 * The client if the caller may change them (the case lead or a coordinator), before
	 * anything is read or logged as a success: a client the caller may not see is 404 and
	 * a client they may see but not change is 403, each logged as {@code DENIED} with the
	 * action asked for (in a transaction of its own, so it stays). The caller logs the
	 * success once the data is going to be returned.
	 */
	Client changeable(CurrentUser user, UUID clientId, AccessAction action) {
		Client client = client(user, clientId, action);
		if (!this.policy.mayChange(user, client.getCaseLeadId())) {
			this.accessLog.recordDenied(user, action, clientId);
			this.policy.requireChange(user, client.getCaseLeadId());
		}
		return client;
	}

	/**
	 * Whether a client of the caller's municipality needs a reason of access from the
	 * caller (for the prompt page, which shows nothing of the client); 404 for a client
	 * the caller may not see at all.
	 */
	boolean asksReason(CurrentUser user, UUID clientId) {
		ReadScope scope = this.policy.readScope(user);
		Client client = (scope == ReadScope.MUNICIPALITY
				? this.clients.findByIdAndMunicipalityId(clientId, user.municipalityId()) : Optional.<Client>empty())
			.orElseThrow(() -> new NotFoundException("client"));
		return this.policy.asksReason(user, client.getCaseLeadId());
	}

	/**
	 * Keeps the reason of access for this client in the caller's session; 404 for a
	 * client the caller may not see, and nothing to keep for one they lead.
	 */
	void giveReason(CurrentUser user, UUID clientId, AccessReason reason, String text) {
		if (asksReason(user, clientId)) {
			this.reasons.give(clientId, reason, text);
		}
	}

	static ClientRef ref(Client client) {
		ClientDetails details = client.details();
		return new ClientRef(client.getId(), client.getMunicipalityId(), client.displayName(), details.dateOfBirth(),
				details.benefitStartDate(), client.getCaseLeadId());
	}

	/**
	 * What one data category shows: {@code IDENTITY} the name and date of birth,
	 * {@code CONTACT_DETAILS} the address and phone; every other field is {@code null}.
	 */
	private static SharedClient shared(Client client, String category) {
		ClientDetails details = client.details();
		return switch (category) {
			case IDENTITY -> new SharedClient(client.getId(), client.displayName(), details.dateOfBirth(), null, null);
			case CONTACT_DETAILS -> new SharedClient(client.getId(), null, null, address(details), details.phone());
			default -> new SharedClient(client.getId(), null, null, null, null);
		};
	}

	private static String address(ClientDetails details) {
		String street = join(" ", details.street(), details.houseNumber());
		String place = join(" ", details.postalCode(), details.city());
		return join(", ", street, place);
	}

	private static String join(String separator, String first, String second) {
		boolean hasFirst = first != null && !first.isBlank();
		boolean hasSecond = second != null && !second.isBlank();
		if (hasFirst && hasSecond) {
			return first.strip() + separator + second.strip();
		}
		return hasFirst ? first.strip() : (hasSecond ? second.strip() : null);
	}

}

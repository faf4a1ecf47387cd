package nl.koers.client;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import nl.koers.accesslog.api.AccessAction;
import nl.koers.accesslog.api.AccessLog;
import nl.koers.client.ClientPolicy.ReadScope;
import nl.koers.client.api.CaseLeadAssigned;
import nl.koers.client.api.ClientDetails;
import nl.koers.client.api.ClientView;
import nl.koers.client.api.Clients;
import nl.koers.client.api.HouseholdView;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.UserDirectory;
import nl.koers.identity.api.UserSummary;
import nl.koers.system.ConflictException;
import nl.koers.system.CursorPage;
import nl.koers.system.InvalidFieldException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;

/**
 * Registering, reading, changing and finding clients. Every call asks
 * {@link ClientPolicy} (through {@link ClientAccessService} for a single client) and
 * writes the access log before any data is returned.
 */
@Service
@Validated
class ClientService implements Clients {

	private final ClientRepository clients;

	private final ClientStore store;

	private final UserDirectory users;

	private final AccessLog accessLog;

	private final ClientPolicy policy;

	private final ClientAccessService access;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final BenefitService benefits;

	private final HouseholdService households;

	private final ClientChangeStore changes;

	ClientService(ClientRepository clients, ClientStore store, UserDirectory users, AccessLog accessLog,
			ClientPolicy policy, ClientAccessService access, ApplicationEventPublisher events, Clock clock,
			BenefitService benefits, HouseholdService households, ClientChangeStore changes) {
		this.clients = clients;
		this.store = store;
		this.users = users;
		this.accessLog = accessLog;
		this.policy = policy;
		this.access = access;
		this.events = events;
		this.clock = clock;
		this.benefits = benefits;
		this.households = households;
		this.changes = changes;
	}

	@Override
	@Transactional
	public ClientView register(CurrentUser user, ClientDetails details) {
		this.policy.requireRegister(user);
		checkBenefit(details, true);
		if (this.clients.existsByMunicipalityIdAndBsn(user.municipalityId(), details.bsn())) {
			throw new ConflictException("client.bsn.taken", "a client with this BSN is already registered");
		}
		UUID caseLeadId = details.caseLeadId() != null ? details.caseLeadId()
				: (this.policy.leadsWhatTheyRegister(user) ? user.id() : null);
		checkCaseLead(user, caseLeadId);
		Client client = this.clients.saveAndFlush(new Client(user.municipalityId(), details, caseLeadId, now()));
		this.benefits.registered(client, user.id());
		this.accessLog.record(user, AccessAction.CREATE, client.getId());
		if (caseLeadId != null) {
			this.events.publishEvent(new CaseLeadAssigned(client.getId(), caseLeadId));
		}
		return view(client);
	}

	@Override
	@Transactional
	public ClientView get(CurrentUser user, UUID id) {
		Client client = find(user, id, AccessAction.READ);
		this.accessLog.record(user, AccessAction.READ, client.getId());
		ClientView view = view(client);
		this.households.recordReadOfOthers(user, view.household(), client.getId());
		return view;
	}

	/**
	 * The client's details as the edit form starts from them: a read, for the case lead
	 * or a coordinator only. Whether the caller may change the client is asked before the
	 * read is logged: a refused form (403) is a {@code DENIED} entry, never a read.
	 */
	@Transactional
	public ClientDetails editable(CurrentUser user, UUID id) {
		Client found = this.access.changeable(user, id, AccessAction.READ);
		this.accessLog.record(user, AccessAction.READ, found.getId());
		ClientView client = view(found);
		return new ClientDetails(client.bsn(), client.givenName(), client.namePrefix(), client.familyName(),
				client.dateOfBirth(), client.benefitStartDate(), client.street(), client.houseNumber(),
				client.postalCode(), client.city(), client.phone(), client.email(), client.householdType(),
				client.children(), null, client.version(), client.withoutBenefit());
	}

	@Transactional
	public ClientView update(CurrentUser user, UUID id, @Valid ClientDetails details) {
		Client client = this.access.changeable(user, id, AccessAction.UPDATE);
		checkVersion(client, details.version());
		checkBenefit(details, false);
		if (this.clients.existsByMunicipalityIdAndBsnAndIdNot(user.municipalityId(), details.bsn(), id)) {
			throw new ConflictException("client.bsn.taken", "a client with this BSN is already registered");
		}
		Map<String, String> before = client.snapshot();
		client.apply(details, now());
		this.benefits.edited(client, details.benefitStartDate(), user.id());
		this.clients.saveAndFlush(client);
		this.changes.record(client.getMunicipalityId(), client.getId(), before, client.snapshot(), "USER", user, now());
		this.accessLog.record(user, AccessAction.UPDATE, client.getId());
		return view(client);
	}

	@Override
	@Transactional
	public ClientView assignCaseLead(CurrentUser user, UUID id, UUID caseLeadId, Long version) {
		Client client = this.access.changeable(user, id, AccessAction.UPDATE);
		if (version != null) {
			checkVersion(client, version);
		}
		if (caseLeadId == null) {
			throw new InvalidFieldException("caseLeadId", "validation.required");
		}
		checkCaseLead(user, caseLeadId);
		Map<String, String> before = caseLead(client.getCaseLeadId());
		client.assignCaseLead(caseLeadId, now());
		this.clients.saveAndFlush(client);
		this.changes.record(client.getMunicipalityId(), client.getId(), before, caseLead(caseLeadId), "USER", user,
				now());
		this.accessLog.record(user, AccessAction.UPDATE, client.getId());
		this.events.publishEvent(new CaseLeadAssigned(client.getId(), caseLeadId));
		return view(client);
	}

	/**
	 * The caller's caseload, or for coordinators the municipality's clients; institution
	 * workers see only clients referred to them.
	 */
	@Transactional
	public CursorPage<ClientSummary> caseload(CurrentUser user, String next, int limit) {
		if (this.policy.readScope(user) == ReadScope.REFERRED) {
			return new CursorPage<>(List.of(), null);
		}
		UUID caseLeadId = this.policy.listsMunicipality(user) ? null : user.id();
		return list(user, new ClientStore.Criteria(user.municipalityId(), caseLeadId, null, null), next, limit,
				AccessAction.LIST);
	}

	/**
	 * The caseload page: the caller's caseload (or for coordinators the municipality's
	 * clients) in the chosen order, perhaps only the clients on one route, with the
	 * columns other modules keep.
	 */
	@Transactional
	public CursorPage<CaseloadLine> caseloadLines(CurrentUser user, CaseloadSort sort, String route, String next,
			int limit) {
		if (this.policy.readScope(user) == ReadScope.REFERRED) {
			return new CursorPage<>(List.of(), null);
		}
		UUID caseLeadId = this.policy.listsMunicipality(user) ? null : user.id();
		CursorPage<ClientStore.Row> page = this.store
			.page(new ClientStore.Criteria(user.municipalityId(), caseLeadId, null, null, route, sort), next, limit);
		this.accessLog.record(user, AccessAction.LIST, page.items().stream().map(ClientStore.Row::id).toList());
		Map<UUID, String> leads = caseLeadId != null ? Map.of() : this.users.displayNames(
				page.items().stream().map(ClientStore.Row::caseLeadId).filter(Objects::nonNull).distinct().toList());
		return page
			.map(row -> new CaseloadLine(row.id(), ClientName.of(row.givenName(), row.namePrefix(), row.familyName()),
					row.dateOfBirth(), row.caseLeadId() == null ? null : leads.get(row.caseLeadId()), row.route(),
					row.nextReview(), row.nextAppointment(), row.lastContact()));
	}

	@Transactional
	public CursorPage<ClientSummary> search(CurrentUser user, @Valid ClientSearch search, String next, int limit) {
		if (this.policy.readScope(user) == ReadScope.REFERRED) {
			return new CursorPage<>(List.of(), null);
		}
		ClientStore.Criteria criteria = new ClientStore.Criteria(user.municipalityId(), null,
				search.hasName() ? search.name() : null, search.hasBsn() ? search.bsn() : null);
		return list(user, criteria, next, limit, AccessAction.SEARCH);
	}

	public boolean mayChange(CurrentUser user, ClientView client) {
		return this.policy.mayChange(user, caseLeadId(client));
	}

	/**
	 * The consultants the user may choose as case lead.
	 */
	public List<UserSummary> consultants(CurrentUser user) {
		this.policy.requireReadMunicipality(user);
		return this.users.consultants(user.municipalityId());
	}

	private CursorPage<ClientSummary> list(CurrentUser user, ClientStore.Criteria criteria, String next, int limit,
			AccessAction action) {
		CursorPage<ClientStore.Row> page = this.store.page(criteria, next, limit);
		this.accessLog.record(user, action, page.items().stream().map(ClientStore.Row::id).toList());
		Map<UUID, String> leads = this.users.displayNames(
				page.items().stream().map(ClientStore.Row::caseLeadId).filter(Objects::nonNull).distinct().toList());
		return page.map(row -> new ClientSummary(row.id(), row.givenName(), row.namePrefix(), row.familyName(),
				ClientName.of(row.givenName(), row.namePrefix(), row.familyName()), row.dateOfBirth(),
				row.benefitStartDate(), row.caseLeadId(),
				row.caseLeadId() == null ? null : leads.get(row.caseLeadId())));
	}

	private Client find(CurrentUser user, UUID id, AccessAction action) {
		return this.access.client(user, id, action);
	}

	private Map<String, String> caseLead(UUID caseLeadId) {
		Map<String, String> field = new HashMap<>();
		field.put("caseLead", caseLeadId == null ? null : this.users.displayNames(List.of(caseLeadId)).get(caseLeadId));
		return field;
	}

	private static UUID caseLeadId(ClientView client) {
		return client.caseLead() == null ? null : client.caseLead().id();
	}

	private void checkVersion(Client client, Long version) {
		if (version == null) {
			throw new InvalidFieldException("version", "validation.required");
		}
		if (client.getVersion() != version) {
			throw new ConflictException("conflict.stale", "the client was changed by someone else");
		}
	}

	/**
	 * A registration names a benefit start or the group without benefit, never both; the
	 * dates are plausible ones.
	 */
	private void checkBenefit(ClientDetails details, boolean registering) {
		if (details.benefitStartDate() != null && details.withoutBenefit() != null) {
			throw new InvalidFieldException("withoutBenefit", "client.withoutBenefit.withBenefit");
		}
		if (registering && details.benefitStartDate() == null && details.withoutBenefit() == null) {
			throw new InvalidFieldException("benefitStartDate", "client.benefit.required");
		}
		this.benefits.checkPlausible(details);
	}

	private void checkCaseLead(CurrentUser user, UUID caseLeadId) {
		if (caseLeadId != null && this.users.findConsultant(user.municipalityId(), caseLeadId).isEmpty()) {
			throw new InvalidFieldException("caseLeadId", "client.caseLead.invalid");
		}
	}

	private ClientView view(Client client) {
		ClientDetails d = client.details();
		ClientView.CaseLead lead = client.getCaseLeadId() == null ? null
				: new ClientView.CaseLead(client.getCaseLeadId(),
						this.users.displayNames(List.of(client.getCaseLeadId())).get(client.getCaseLeadId()));
		HouseholdView household = this.households.view(client.getId());
		return new ClientView(client.getId(), client.getVersion(), d.bsn(), d.givenName(), d.namePrefix(),
				d.familyName(), client.displayName(), d.dateOfBirth(), d.benefitStartDate(), d.street(),
				d.houseNumber(), d.postalCode(), d.city(), d.phone(), d.email(),
				household.membersRecorded() ? household.householdType() : d.householdType(),
				household.membersRecorded() ? household.children() : d.children(), lead, client.getCreatedAt(),
				client.getUpdatedAt(), d.withoutBenefit(), household);
	}

	private Instant now() {
		return this.clock.instant();
	}

}

package nl.koers.client;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import nl.koers.accesslog.api.AccessAction;
import nl.koers.accesslog.api.AccessLog;
import nl.koers.client.api.HouseholdMember;
import nl.koers.client.api.HouseholdMembers;
import nl.koers.client.api.HouseholdRelation;
import nl.koers.client.api.HouseholdView;
import nl.koers.client.api.Households;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.ConflictException;
import nl.koers.system.InvalidFieldException;
import nl.koers.system.Open;
import nl.koers.system.RefusedException;
import nl.koers.system.RefusedException.Reason;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Reading a client's household and recording its members. A member with the BSN of a
 * client of the municipality is that client, who then shares the household; the
 * household's first client (the one no member names) cannot be a member of it.
 */
@Service
@Validated
class HouseholdService implements Households {

	private final ClientAccessService access;

	private final ClientRepository clients;

	private final HouseholdStore store;

	private final ClientPolicy policy;

	private final AccessLog accessLog;

	private final ClientChangeStore changes;

	private final Clock clock;

	HouseholdService(ClientAccessService access, ClientRepository clients, HouseholdStore store, ClientPolicy policy,
			AccessLog accessLog, ClientChangeStore changes, Clock clock) {
		this.changes = changes;
		this.access = access;
		this.clients = clients;
		this.store = store;
		this.policy = policy;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	@Override
	@Transactional
	public HouseholdView household(CurrentUser user, UUID clientId) {
		Client client = this.access.client(user, clientId, AccessAction.READ);
		this.accessLog.record(user, AccessAction.READ, client.getId());
		HouseholdView household = view(client.getId());
		recordReadOfOthers(user, household, clientId);
		return household;
	}

	@Override
	@Transactional
	public HouseholdView replaceMembers(CurrentUser user, UUID clientId, @Valid HouseholdMembers members) {
		Client client = this.access.changeable(user, clientId, AccessAction.UPDATE);
		HouseholdStore.Household household = this.store.householdOf(clientId, true);
		checkVersion(household, members.version());
		return replace(user, client, household, members.members(), id -> mayChange(user, id), "USER");
	}

	/**
	 * The import's path: the members as the income administration's file has them, for a
	 * client of the importer's municipality; the importer's right to import was checked
	 * by {@code dataimport}, and an import may link any client of the municipality.
	 * @throws RefusedException before anything is written, as {@link #replaceMembers}
	 * does
	 */
	void importMembers(CurrentUser importer, Client client, List<HouseholdMember> members) {
		replace(importer, client, this.store.householdOf(client.getId(), true), members, id -> true, "IMPORT");
	}

	private HouseholdView replace(CurrentUser user, Client client, HouseholdStore.Household household,
			List<HouseholdMember> members, Predicate<UUID> mayChange, String source) {
		UUID clientId = client.getId();
		List<HouseholdView.HouseholdClient> before = this.store.clients(household.id());
		Set<UUID> linkedBefore = linked(household.id());
		List<HouseholdStore.NewMember> resolved = resolve(user, members, before, linkedBefore, mayChange);
		if (household.membersRecorded() && unchanged(household.id(), resolved)) {
			this.accessLog.record(user, AccessAction.READ, clientId);
			return view(clientId);
		}
		Map<String, String> membersBefore = members(view(clientId));
		Set<UUID> linkedAfter = new HashSet<>();
		resolved.stream().filter(m -> m.clientId() != null).forEach(m -> linkedAfter.add(m.clientId()));
		List<UUID> leaving = linkedBefore.stream().filter(id -> !linkedAfter.contains(id)).toList();
		if (leaving.stream().anyMatch(id -> !mayChange.test(id))) {
			throw new RefusedException("members", "household.member.notYours");
		}
		leaving.forEach(id -> this.store.moveOut(id, client.getMunicipalityId()));
		linkedAfter.stream()
			.filter(id -> !linkedBefore.contains(id))
			.forEach(id -> this.store.move(id, household.id()));
		this.store.replaceMembers(household.id(), resolved, this.clock.instant());
		Set<UUID> changed = new LinkedHashSet<>(List.of(clientId));
		changed.addAll(leaving);
		changed.addAll(linkedAfter);
		this.accessLog.record(user, AccessAction.UPDATE, List.copyOf(changed));
		HouseholdView after = view(clientId);
		this.changes.record(client.getMunicipalityId(), clientId, membersBefore, members(after), source, user,
				this.clock.instant());
		return after;
	}

	/**
	 * The household's members as one text (relation, name, date of birth), for the change
	 * history.
	 */
	private static Map<String, String> members(HouseholdView household) {
		String members = household.members()
			.stream()
			.map(member -> member.relation() + " " + member.displayName()
					+ (member.dateOfBirth() == null ? "" : " (" + member.dateOfBirth() + ")"))
			.collect(Collectors.joining("; "));
		Map<String, String> field = new HashMap<>();
		field.put("householdMembers", members.isEmpty() ? null : members);
		return field;
	}

	@Override
	@Transactional(readOnly = true)
	@Open("counts for reports: household ids of the given clients of one municipality, no personal data")
	public Map<UUID, UUID> householdsOf(UUID municipalityId, Collection<UUID> clientIds) {
		return this.store.householdsOf(municipalityId, clientIds);
	}

	/**
	 * Adds one member after the recorded ones (the page's form); a refusal names the
	 * form's field rather than the member's place in the list.
	 */
	@Transactional
	HouseholdView addMember(CurrentUser user, UUID clientId, HouseholdMember member, Long version) {
		List<HouseholdMember> members = new ArrayList<>(recorded(user, clientId));
		members.add(member);
		try {
			return replaceMembers(user, clientId, new HouseholdMembers(members, version));
		}
		catch (RefusedException ex) {
			throw new RefusedException(ex.reasons()
				.stream()
				.map(r -> new Reason(r.field().replaceFirst("^members\\[\\d+]\\.", ""), r.messageKey(), r.args()))
				.toList());
		}
	}

	/**
	 * Removes the member at this place in the recorded order (the page's button).
	 */
	@Transactional
	HouseholdView removeMember(CurrentUser user, UUID clientId, int position, Long version) {
		List<HouseholdMember> members = new ArrayList<>(recorded(user, clientId));
		if (position < 0 || position >= members.size()) {
			throw new ConflictException("conflict.stale", "the household was changed by someone else");
		}
		members.remove(position);
		return replaceMembers(user, clientId, new HouseholdMembers(members, version));
	}

	private List<HouseholdMember> recorded(CurrentUser user, UUID clientId) {
		return household(user, clientId).members()
			.stream()
			.map(m -> new HouseholdMember(m.relation(), m.givenName(), m.namePrefix(), m.familyName(), m.dateOfBirth(),
					m.bsn()))
			.toList();
	}

	/**
	 * The household shows the names of its other clients (and their BSNs as members), so
	 * reading it is a read of them too.
	 */
	void recordReadOfOthers(CurrentUser user, HouseholdView household, UUID clientId) {
		List<UUID> others = household.clients()
			.stream()
			.map(HouseholdView.HouseholdClient::id)
			.filter(id -> !id.equals(clientId))
			.toList();
		if (!others.isEmpty()) {
			this.accessLog.record(user, AccessAction.READ, others);
		}
	}

	/**
	 * The household of a client whose access was checked by the caller.
	 */
	HouseholdView view(UUID clientId) {
		HouseholdStore.Household household = this.store.householdOf(clientId, false);
		List<HouseholdView.MemberView> members = this.store.members(household.id());
		Composition composition = household.membersRecorded() ? Composition.of(members) : null;
		return new HouseholdView(household.id(), household.version(), household.membersRecorded(),
				this.store.clients(household.id()), members, composition == null ? null : composition.type(),
				composition == null ? null : composition.children());
	}

	/**
	 * Each member with the client their BSN names, if any; refuses a BSN twice, the
	 * household's first client as a member, a client who shares another household, and a
	 * client the user may not change.
	 */
	private List<HouseholdStore.NewMember> resolve(CurrentUser user, List<HouseholdMember> members,
			List<HouseholdView.HouseholdClient> householdClients, Set<UUID> linkedBefore, Predicate<UUID> mayChange) {
		Set<UUID> firstClients = new HashSet<>();
		householdClients.stream()
			.map(HouseholdView.HouseholdClient::id)
			.filter(id -> !linkedBefore.contains(id))
			.forEach(firstClients::add);
		List<Reason> refused = new ArrayList<>();
		Set<String> bsns = new HashSet<>();
		List<HouseholdStore.NewMember> resolved = new ArrayList<>();
		for (int i = 0; i < members.size(); i++) {
			HouseholdMember member = members.get(i);
			String field = "members[" + i + "].bsn";
			String bsn = member.bsn() == null || member.bsn().isBlank() ? null : member.bsn().strip();
			if (bsn != null && !bsns.add(bsn)) {
				refused.add(new Reason(field, "household.member.bsn.twice"));
			}
			UUID clientId = bsn == null ? null
					: this.clients.findByMunicipalityIdAndBsn(user.municipalityId(), bsn)
						.map(Client::getId)
						.orElse(null);
			if (clientId != null) {
				reasonAgainst(clientId, firstClients, linkedBefore, mayChange)
					.ifPresent(key -> refused.add(new Reason(field, key)));
			}
			resolved.add(new HouseholdStore.NewMember(member, clientId));
		}
		if (!refused.isEmpty()) {
			throw new RefusedException(refused);
		}
		return resolved;
	}

	private Optional<String> reasonAgainst(UUID clientId, Set<UUID> firstClients, Set<UUID> linkedBefore,
			Predicate<UUID> mayChange) {
		if (firstClients.contains(clientId)) {
			return Optional.of("household.member.firstClient");
		}
		if (linkedBefore.contains(clientId)) {
			return Optional.empty();
		}
		HouseholdStore.Place place = this.store.place(clientId).orElseThrow();
		if (place.clients() > 1 || place.member()) {
			return Optional.of("household.member.otherHousehold");
		}
		if (!mayChange.test(clientId)) {
			return Optional.of("household.member.notYours");
		}
		return Optional.empty();
	}

	/**
	 * Whether the members are those recorded, in the same order: sending the same
	 * household again (an import run twice) changes nothing, not even the version.
	 */
	private boolean unchanged(UUID householdId, List<HouseholdStore.NewMember> members) {
		List<Fact> recorded = this.store.members(householdId)
			.stream()
			.map(m -> new Fact(m.relation(), m.givenName(), m.namePrefix(), m.familyName(), m.dateOfBirth(), m.bsn(),
					m.clientId()))
			.toList();
		List<Fact> sent = members.stream()
			.map(m -> new Fact(m.member().relation(), strip(m.member().givenName()), strip(m.member().namePrefix()),
					strip(m.member().familyName()), m.member().dateOfBirth(), strip(m.member().bsn()), m.clientId()))
			.toList();
		return recorded.equals(sent);
	}

	private static String strip(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private record Fact(HouseholdRelation relation, String givenName, String namePrefix, String familyName,
			LocalDate dateOfBirth, String bsn, UUID clientId) {
	}

	private Set<UUID> linked(UUID householdId) {
		Set<UUID> linked = new HashSet<>();
		this.store.members(householdId)
			.stream()
			.map(HouseholdView.MemberView::clientId)
			.filter(Objects::nonNull)
			.forEach(linked::add);
		return linked;
	}

	private boolean mayChange(CurrentUser user, UUID clientId) {
		return this.clients.findById(clientId).map(c -> this.policy.mayChange(user, c.getCaseLeadId())).orElse(false);
	}

	private static void checkVersion(HouseholdStore.Household household, Long version) {
		if (version == null) {
			throw new InvalidFieldException("version", "validation.required");
		}
		if (household.version() != version) {
			throw new ConflictException("conflict.stale", "the household was changed by someone else");
		}
	}

}

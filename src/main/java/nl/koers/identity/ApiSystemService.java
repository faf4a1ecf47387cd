package nl.koers.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.koers.identity.ApiSystemEvent.Action;
import nl.koers.identity.api.ApiSystems;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.NewApiSystem;
import nl.koers.identity.api.Role;
import nl.koers.system.ConflictException;
import nl.koers.system.InvalidFieldException;
import nl.koers.system.NotFoundException;
import nl.koers.system.Open;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Registered systems: administrators register them for their own municipality (bound to
 * one of its organisations or to the municipality itself), rotate their secret and revoke
 * them; every such step is kept as an {@link ApiSystemEvent}. A secret is made here,
 * shown once and stored only as a hash.
 */
@Service
@Validated
class ApiSystemService implements ApiSystems {

	/**
	 * The roles a system bound to the municipality may act with: never one that manages
	 * users or reads the access log.
	 */
	static final Set<Role> MUNICIPAL_ROLES = EnumSet.of(Role.CONSULTANT, Role.COORDINATOR, Role.CONTRACT_MANAGER,
			Role.MANAGER);

	private static final String SET_UP_ACTOR = "Koers";

	private final ApiSystemRepository systems;

	private final ApiSystemEventRepository events;

	private final AppUserRepository users;

	private final OrganisationRepository organisations;

	private final PasswordEncoder passwordEncoder;

	private final IdentityPolicy policy;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	ApiSystemService(ApiSystemRepository systems, ApiSystemEventRepository events, AppUserRepository users,
			OrganisationRepository organisations, PasswordEncoder passwordEncoder, IdentityPolicy policy, Clock clock) {
		this.systems = systems;
		this.events = events;
		this.users = users;
		this.organisations = organisations;
		this.passwordEncoder = passwordEncoder;
		this.policy = policy;
		this.clock = clock;
	}

	@Override
	@Transactional
	@Open("setting up: called by the demo data and the tests; takes no user")
	public UUID createSystem(NewApiSystem system) {
		return insert(system, null, SET_UP_ACTOR).getUserId();
	}

	@Transactional
	IssuedSecret register(CurrentUser administrator, ApiSystemForm form) {
		this.policy.requireAdminister(administrator);
		String secret = newSecret();
		ApiSystem system = insert(form.toNewApiSystem(administrator.municipalityId(), secret), administrator.id(),
				administrator.displayName());
		return new IssuedSecret(system.getId(), system.getClientId(), secret);
	}

	@Transactional
	IssuedSecret rotate(CurrentUser administrator, UUID id) {
		ApiSystem system = findActive(administrator, id);
		String secret = newSecret();
		Instant now = this.clock.instant();
		system.rotate(this.passwordEncoder.encode(secret), now);
		record(system, Action.ROTATED, administrator);
		return new IssuedSecret(system.getId(), system.getClientId(), secret);
	}

	@Transactional
	void revoke(CurrentUser administrator, UUID id) {
		ApiSystem system = findActive(administrator, id);
		system.revoke(this.clock.instant());
		record(system, Action.REVOKED, administrator);
	}

	@Transactional(readOnly = true)
	List<ApiSystemSummary> list(CurrentUser administrator) {
		this.policy.requireAdminister(administrator);
		return this.systems.findByMunicipalityIdOrderByName(administrator.municipalityId())
			.stream()
			.map(this::toSummary)
			.toList();
	}

	@Transactional(readOnly = true)
	ApiSystemSummary get(CurrentUser administrator, UUID id) {
		return toSummary(find(administrator, id));
	}

	@Transactional(readOnly = true)
	List<ApiSystemEventView> history(CurrentUser administrator, UUID id) {
		return this.events.findByApiSystemIdOrderByOccurredAtDescIdDesc(find(administrator, id).getId())
			.stream()
			.map(event -> new ApiSystemEventView(event.getOccurredAt(), event.getAction(), event.getActorName()))
			.toList();
	}

	private ApiSystem insert(NewApiSystem system, UUID actorId, String actorName) {
		String username = SystemAccounts.username(system.clientId());
		if (this.systems.existsByClientId(system.clientId()) || this.users.existsByUsername(username)) {
			throw new ConflictException("apisystem.clientId.taken", "client id already exists");
		}
		Role role = roleOf(system);
		checkOrganisation(system);
		AppUser account = this.users.save(AppUser.system(system.municipalityId(), system.organisationId(), username,
				system.name(), this.passwordEncoder.encode(newSecret()), role));
		ApiSystem saved = this.systems.save(new ApiSystem(system.municipalityId(), system.organisationId(),
				account.getId(), system.clientId(), system.name(), this.passwordEncoder.encode(system.secret()),
				system.scopes(), role, this.clock.instant()));
		this.events
			.save(new ApiSystemEvent(saved.getId(), this.clock.instant(), Action.REGISTERED, actorId, actorName));
		return saved;
	}

	/**
	 * An institution's system acts as its institution worker; a municipality's system
	 * with the role the administrator picked, never administrator or auditor.
	 */
	private static Role roleOf(NewApiSystem system) {
		if (system.organisationId() != null) {
			return Role.INSTITUTION_WORKER;
		}
		if (system.role() == null || !MUNICIPAL_ROLES.contains(system.role())) {
			throw new InvalidFieldException("role", "apisystem.role.invalid");
		}
		return system.role();
	}

	private void checkOrganisation(NewApiSystem system) {
		if (system.organisationId() != null && this.organisations.findById(system.organisationId())
			.filter(organisation -> organisation.getMunicipalityId().equals(system.municipalityId()))
			.isEmpty()) {
			throw new InvalidFieldException("organisationId", "user.organisation.unknown");
		}
	}

	private void record(ApiSystem system, Action action, CurrentUser administrator) {
		this.events.save(new ApiSystemEvent(system.getId(), this.clock.instant(), action, administrator.id(),
				administrator.displayName()));
	}

	private ApiSystem findActive(CurrentUser administrator, UUID id) {
		ApiSystem system = find(administrator, id);
		if (system.isRevoked()) {
			throw new ConflictException("apisystem.revoked", "the system is revoked");
		}
		return system;
	}

	/**
	 * A system of the administrator's own municipality; any other is not found.
	 */
	private ApiSystem find(CurrentUser administrator, UUID id) {
		this.policy.requireAdminister(administrator);
		return this.systems.findByIdAndMunicipalityId(id, administrator.municipalityId())
			.orElseThrow(() -> new NotFoundException("system"));
	}

	private ApiSystemSummary toSummary(ApiSystem system) {
		String organisation = system.getOrganisationId() == null ? null
				: this.organisations.findById(system.getOrganisationId()).map(Organisation::getName).orElse(null);
		return new ApiSystemSummary(system.getId(), system.getClientId(), system.getName(), organisation,
				system.getRole(), system.getScopes(), system.getCreatedAt(), system.getRotatedAt(),
				system.getRevokedAt());
	}

	private String newSecret() {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}

package nl.koers.identity;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.koers.identity.api.Accounts;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.NewUser;
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
 * Municipalities, organisations and user accounts: set-up and administration.
 * Administrators manage only their own municipality's users; the accounts registered
 * systems act through are not among them ({@code ApiSystemService} keeps those).
 */
@Service
@Validated
class AccountService implements Accounts {

	private static final String SET_UP = "setting up: called by the demo data, the tests and other modules inside "
			+ "their own checked step; takes no user";

	private final MunicipalityRepository municipalities;

	private final OrganisationRepository organisations;

	private final AppUserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final CredentialCache credentials;

	private final IdentityPolicy policy;

	private final Clock clock;

	private final SignedInSessions sessions;

	private final SignInThrottle throttle;

	private final SessionLimit sessionLimit;

	private final AccountEventRepository events;

	AccountService(MunicipalityRepository municipalities, OrganisationRepository organisations, AppUserRepository users,
			PasswordEncoder passwordEncoder, CredentialCache credentials, IdentityPolicy policy, Clock clock,
			SignedInSessions sessions, SignInThrottle throttle, SessionLimit sessionLimit,
			AccountEventRepository events) {
		this.throttle = throttle;
		this.sessionLimit = sessionLimit;
		this.events = events;
		this.municipalities = municipalities;
		this.organisations = organisations;
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.credentials = credentials;
		this.policy = policy;
		this.clock = clock;
		this.sessions = sessions;
	}

	@Override
	@Transactional
	@Open(SET_UP)
	public UUID createMunicipality(String code, String name) {
		return this.municipalities.save(new Municipality(code, name)).getId();
	}

	@Override
	@Transactional(readOnly = true)
	@Open(SET_UP)
	public Optional<UUID> findMunicipality(String code) {
		return this.municipalities.findByCode(code).map(Municipality::getId);
	}

	@Override
	@Transactional
	@Open(SET_UP)
	public UUID createOrganisation(UUID municipalityId, String name) {
		return this.organisations.saveAndFlush(new Organisation(municipalityId, name)).getId();
	}

	@Override
	@Transactional
	@Open(SET_UP)
	public UUID createUser(NewUser user) {
		return insert(user);
	}

	/**
	 * An administrator creates a user of their own municipality.
	 */
	@Transactional
	UUID create(CurrentUser administrator, NewUserForm form) {
		this.policy.requireAdminister(administrator);
		return insert(form.toNewUser(administrator.municipalityId()));
	}

	private UUID insert(NewUser user) {
		if (this.users.existsByUsername(user.username())) {
			throw new ConflictException("user.username.taken", "username already exists");
		}
		checkOrganisation(user.municipalityId(), user.organisationId(), user.roles());
		AppUser saved = this.users.save(new AppUser(user.municipalityId(), user.organisationId(), user.username(),
				user.displayName(), this.passwordEncoder.encode(user.password()), user.roles()));
		return saved.getId();
	}

	private void checkOrganisation(UUID municipalityId, UUID organisationId, Set<Role> roles) {
		boolean institutionWorker = roles.contains(Role.INSTITUTION_WORKER);
		if (institutionWorker && organisationId == null) {
			throw new InvalidFieldException("organisationId", "user.organisation.required");
		}
		if (!institutionWorker && organisationId != null) {
			throw new InvalidFieldException("organisationId", "user.organisation.onlyInstitution");
		}
		if (organisationId != null && this.organisations.findById(organisationId)
			.filter(organisation -> organisation.getMunicipalityId().equals(municipalityId))
			.isEmpty()) {
			throw new InvalidFieldException("organisationId", "user.organisation.unknown");
		}
	}

	@Transactional(readOnly = true)
	List<UserAccount> list(CurrentUser administrator) {
		this.policy.requireAdminister(administrator);
		List<AppUser> found = this.users
			.findByMunicipalityIdAndSystemAccountFalseOrderByDisplayName(administrator.municipalityId());
		Map<UUID, SignInThrottle.AccountThrottle> throttles = this.throttle
			.accounts(found.stream().map(AppUser::getId).toList());
		return found.stream().map(user -> toAccount(user, throttles.get(user.getId()))).toList();
	}

	@Transactional(readOnly = true)
	UserAccount get(CurrentUser administrator, UUID id) {
		AppUser user = find(administrator, id);
		return toAccount(user, this.throttle.accounts(List.of(id)).get(id));
	}

	/**
	 * How many sessions the user of the administrator's municipality has now.
	 */
	@Transactional(readOnly = true)
	int sessionCount(CurrentUser administrator, UUID id) {
		return this.sessionLimit.count(find(administrator, id).getUsername());
	}

	@Transactional(readOnly = true)
	List<OrganisationSummary> organisations(CurrentUser administrator) {
		this.policy.requireAdminister(administrator);
		return this.organisations.findByMunicipalityIdOrderByName(administrator.municipalityId())
			.stream()
			.map(organisation -> new OrganisationSummary(organisation.getId(), organisation.getName()))
			.toList();
	}

	@Transactional
	void change(CurrentUser administrator, UUID id, UserChangeForm change) {
		AppUser user = find(administrator, id);
		if (user.getVersion() != change.version()) {
			throw new ConflictException("conflict.stale", "the user was changed by someone else");
		}
		checkOrganisation(user.getMunicipalityId(), user.getOrganisationId(), change.roles());
		if (user.getId().equals(administrator.id()) && !change.roles().contains(Role.ADMINISTRATOR)) {
			throw new InvalidFieldException("roles", "user.roles.keepOwnAdministrator");
		}
		boolean endSessions = !user.getRoles().equals(change.roles()) || !Boolean.TRUE.equals(change.enabled());
		user.change(change.displayName(), change.roles(), Boolean.TRUE.equals(change.enabled()));
		this.credentials.forget(id);
		if (endSessions) {
			this.sessions.end(user.getUsername());
		}
	}

	/**
	 * Lifts the delay of a user of the administrator's municipality and forgets their
	 * failed sign-ins, recorded on the user's page.
	 */
	@Transactional
	void liftThrottle(CurrentUser administrator, UUID id) {
		find(administrator, id);
		this.throttle.clearAccount(id);
		this.credentials.forget(id);
		this.events
			.save(new AccountEvent(id, administrator.id(), AccountEvent.Kind.THROTTLE_LIFTED, this.clock.instant()));
	}

	/**
	 * Ends every session of a user of the administrator's municipality (for the
	 * administrator themselves, every other), recorded on the user's page.
	 */
	@Transactional
	void endSessions(CurrentUser administrator, UUID id, String currentSession) {
		AppUser user = find(administrator, id);
		this.sessions.endExcept(user.getUsername(), user.getId().equals(administrator.id()) ? currentSession : null);
		this.credentials.forget(id);
		this.events
			.save(new AccountEvent(id, administrator.id(), AccountEvent.Kind.SESSIONS_ENDED, this.clock.instant()));
	}

	@Transactional
	void resetPassword(CurrentUser administrator, UUID id, String password) {
		this.policy.requireAdminister(administrator);
		if (password == null || password.length() < 10 || password.length() > 200) {
			throw new InvalidFieldException("password", "user.password.size");
		}
		AppUser user = find(administrator, id);
		user.changePassword(this.passwordEncoder.encode(password));
		this.credentials.forget(id);
		this.sessions.end(user.getUsername());
	}

	/**
	 * A user of the administrator's own municipality; any other is not found.
	 */
	private AppUser find(CurrentUser administrator, UUID id) {
		this.policy.requireAdminister(administrator);
		return this.users.findByIdAndMunicipalityIdAndSystemAccountFalse(id, administrator.municipalityId())
			.orElseThrow(() -> new NotFoundException("user"));
	}

	private static UserAccount toAccount(AppUser user, SignInThrottle.AccountThrottle throttle) {
		return new UserAccount(user.getId(), user.getUsername(), user.getDisplayName(), user.getRoles(),
				user.getOrganisationId(), user.isEnabled(), throttle == null ? 0 : throttle.recentFailures(),
				throttle == null ? null : throttle.delayedUntil(), user.getVersion());
	}

	@Override
	@Transactional(readOnly = true)
	@Open("looks up the user a caller already acts for, to continue their work in the background")
	public Optional<CurrentUser> findUser(UUID id) {
		return this.users.findById(id).map(user -> user.toCurrentUser(this.clock.instant()));
	}

	@Override
	@Transactional(readOnly = true)
	@Open("the command line names the user it acts for; their roles are checked by the caller")
	public Optional<CurrentUser> findUser(String username) {
		return this.users.findByUsername(username).map(user -> user.toCurrentUser(this.clock.instant()));
	}

}

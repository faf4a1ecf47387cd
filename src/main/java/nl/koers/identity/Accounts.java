package nl.koers.identity;

import nl.koers.identity.api.Role;

import nl.koers.identity.api.CurrentUser;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.koers.system.ConflictException;
import nl.koers.system.InvalidFieldException;
import nl.koers.system.NotFoundException;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;

/**
 * Municipalities, organisations and user accounts: set-up and administration.
 * Administrators manage only their own municipality's users.
 */
@Service
@Validated
public class Accounts {

	private final MunicipalityRepository municipalities;

	private final OrganisationRepository organisations;

	private final AppUserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	Accounts(MunicipalityRepository municipalities, OrganisationRepository organisations, AppUserRepository users,
			PasswordEncoder passwordEncoder, Clock clock) {
		this.municipalities = municipalities;
		this.organisations = organisations;
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	@Transactional
	public UUID createMunicipality(String code, String name) {
		return this.municipalities.save(new Municipality(code, name)).getId();
	}

	@Transactional(readOnly = true)
	public Optional<UUID> findMunicipality(String code) {
		return this.municipalities.findByCode(code).map(Municipality::getId);
	}

	/**
	 * Written at once, because the social map refers to it in the same transaction.
	 */
	@Transactional
	public UUID createOrganisation(UUID municipalityId, String name) {
		return this.organisations.saveAndFlush(new Organisation(municipalityId, name)).getId();
	}

	@Transactional
	public UUID createUser(@Valid NewUser user) {
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
	public List<UserAccount> list(CurrentUser administrator) {
		return this.users.findByMunicipalityIdOrderByDisplayName(administrator.municipalityId())
			.stream()
			.map(this::toAccount)
			.toList();
	}

	@Transactional(readOnly = true)
	public UserAccount get(CurrentUser administrator, UUID id) {
		return toAccount(find(administrator, id));
	}

	@Transactional(readOnly = true)
	public List<OrganisationSummary> organisations(CurrentUser administrator) {
		return this.organisations.findByMunicipalityIdOrderByName(administrator.municipalityId())
			.stream()
			.map(organisation -> new OrganisationSummary(organisation.getId(), organisation.getName()))
			.toList();
	}

	@Transactional
	public void change(CurrentUser administrator, UUID id, long version, String displayName, Set<Role> roles,
			boolean enabled) {
		AppUser user = find(administrator, id);
		if (user.getVersion() != version) {
			throw new ConflictException("conflict.stale", "the user was changed by someone else");
		}
		checkOrganisation(user.getMunicipalityId(), user.getOrganisationId(), roles);
		if (user.getId().equals(administrator.id()) && !roles.contains(Role.ADMINISTRATOR)) {
			throw new InvalidFieldException("roles", "user.roles.keepOwnAdministrator");
		}
		user.change(displayName, roles, enabled);
	}

	@Transactional
	public void unlock(CurrentUser administrator, UUID id) {
		find(administrator, id).unlock();
	}

	@Transactional
	public void resetPassword(CurrentUser administrator, UUID id, String password) {
		if (password == null || password.length() < 10 || password.length() > 200) {
			throw new InvalidFieldException("password", "user.password.size");
		}
		find(administrator, id).changePassword(this.passwordEncoder.encode(password));
	}

	private AppUser find(CurrentUser administrator, UUID id) {
		return this.users.findByIdAndMunicipalityId(id, administrator.municipalityId())
			.orElseThrow(() -> new NotFoundException("user"));
	}

	private UserAccount toAccount(AppUser user) {
		return new UserAccount(user.getId(), user.getUsername(), user.getDisplayName(), user.getRoles(),
				user.getOrganisationId(), user.isEnabled(), user.isLocked(this.clock.instant()), user.getVersion());
	}

}

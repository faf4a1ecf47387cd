package nl.koers.socialmap;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.koers.identity.api.Accounts;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.socialmap.MapEntries.Location;
import nl.koers.socialmap.MapEntries.Organisation;
import nl.koers.socialmap.MapEntries.OrganisationSummary;
import nl.koers.socialmap.MapEntries.Service;
import nl.koers.system.ConflictException;
import nl.koers.system.Cursor;
import nl.koers.system.CursorPage;
import nl.koers.system.InvalidFieldException;
import nl.koers.system.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.springframework.validation.annotation.Validated;

/**
 * The municipality's social map: everyone whose work needs it reads it; the care
 * coordination point keeps it. Entries not verified within the configured number of
 * months are stale and flagged for the coordinator.
 */
@org.springframework.stereotype.Service
@Validated
public class SocialMap {

	private final MapStore store;

	private final Accounts accounts;

	private final Clock clock;

	private final int staleAfterMonths;

	SocialMap(MapStore store, Accounts accounts, Clock clock,
			@Value("${koers.social-map.stale-after-months:12}") int staleAfterMonths) {
		this.store = store;
		this.accounts = accounts;
		this.clock = clock;
		this.staleAfterMonths = staleAfterMonths;
	}

	@Transactional(readOnly = true)
	public CursorPage<Service> services(CurrentUser user, @Valid ServiceSearch search, String next, int limit) {
		requireReader(user);
		Cursor after = StringUtils.hasText(next) ? Cursor.decode(next, 2) : null;
		List<Service> rows = this.store.services(user.municipalityId(), search, staleBefore(),
				after == null ? null : after.key(0), after == null ? null : after.key(1, UUID::fromString), limit + 1);
		return CursorPage.of(rows, limit, service -> Cursor.of(service.name(), service.id().toString()));
	}

	@Transactional(readOnly = true)
	public CursorPage<OrganisationSummary> organisations(CurrentUser user, String text, boolean onlyStale, String next,
			int limit) {
		requireReader(user);
		Cursor after = StringUtils.hasText(next) ? Cursor.decode(next, 2) : null;
		List<OrganisationSummary> rows = this.store.organisations(user.municipalityId(), text, onlyStale, staleBefore(),
				after == null ? null : after.key(0), after == null ? null : after.key(1, UUID::fromString), limit + 1);
		return CursorPage.of(rows, limit, organisation -> Cursor.of(organisation.name(), organisation.id().toString()));
	}

	@Transactional(readOnly = true)
	public Organisation organisation(CurrentUser user, UUID id) {
		requireReader(user);
		return find(user, id);
	}

	/**
	 * A service of the caller's municipality, for other modules (a referral names one).
	 */
	@Transactional(readOnly = true)
	public Optional<Service> service(UUID municipalityId, UUID serviceId) {
		return this.store.service(municipalityId, serviceId, staleBefore());
	}

	@Transactional
	public Organisation create(CurrentUser user, @Valid OrganisationForm form) {
		requireKeeper(user);
		UUID id = this.accounts.createOrganisation(user.municipalityId(), form.name().strip());
		this.store.insertOrganisation(id, user.municipalityId(), form);
		return find(user, id);
	}

	@Transactional
	public Organisation update(CurrentUser user, UUID id, @Valid OrganisationForm form) {
		requireKeeper(user);
		find(user, id);
		if (form.version() == null) {
			throw new InvalidFieldException("version", "validation.required");
		}
		if (!this.store.updateOrganisation(user.municipalityId(), id, form)) {
			throw new ConflictException("socialMap.changedMeanwhile",
					"organisation " + id + " was changed by someone else");
		}
		return find(user, id);
	}

	/**
	 * Marks the organisation and its services as checked today.
	 */
	@Transactional
	public Organisation verify(CurrentUser user, UUID id) {
		requireKeeper(user);
		find(user, id);
		this.store.verify(id, today());
		return find(user, id);
	}

	@Transactional
	public Location addLocation(CurrentUser user, UUID organisationId, @Valid LocationForm form) {
		requireKeeper(user);
		UUID id = this.store.insertLocation(find(user, organisationId).id(), form);
		return this.store.locations(organisationId)
			.stream()
			.filter(location -> location.id().equals(id))
			.findFirst()
			.orElseThrow();
	}

	@Transactional
	public Organisation addContact(CurrentUser user, UUID organisationId, @Valid ContactForm form) {
		requireKeeper(user);
		this.store.insertContact(find(user, organisationId).id(), form);
		return find(user, organisationId);
	}

	@Transactional
	public Service addService(CurrentUser user, UUID organisationId, @Valid ServiceForm form) {
		requireKeeper(user);
		Organisation organisation = find(user, organisationId);
		if (form.locationId() != null && !this.store.hasLocation(organisation.id(), form.locationId())) {
			throw new InvalidFieldException("locationId", "socialMap.location.unknown");
		}
		UUID id = this.store.insertService(organisation.id(), user.municipalityId(), form);
		return this.store.service(user.municipalityId(), id, staleBefore()).orElseThrow();
	}

	public boolean mayKeep(CurrentUser user) {
		return user.hasRole(Role.COORDINATOR);
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private LocalDate staleBefore() {
		return today().minusMonths(this.staleAfterMonths);
	}

	private Organisation find(CurrentUser user, UUID id) {
		return this.store.organisation(user.municipalityId(), id, staleBefore())
			.orElseThrow(() -> new NotFoundException("organisation"));
	}

	private static void requireReader(CurrentUser user) {
		if (!user.hasAnyRole(Role.CONSULTANT, Role.COORDINATOR, Role.CONTRACT_MANAGER, Role.MANAGER,
				Role.INSTITUTION_WORKER)) {
			throw new AccessDeniedException("the social map is for those who refer and provide");
		}
	}

	private void requireKeeper(CurrentUser user) {
		if (!mayKeep(user)) {
			throw new AccessDeniedException("the care coordination point keeps the social map");
		}
	}

}

package nl.koers.socialmap;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.koers.identity.api.Accounts;
import nl.koers.identity.api.CurrentUser;
import nl.koers.socialmap.api.MapEntries.Location;
import nl.koers.socialmap.api.MapEntries.Organisation;
import nl.koers.socialmap.api.MapEntries.OrganisationSummary;
import nl.koers.socialmap.api.MapEntries.Service;
import nl.koers.socialmap.api.NewContactPerson;
import nl.koers.socialmap.api.NewLocation;
import nl.koers.socialmap.api.NewOrganisation;
import nl.koers.socialmap.api.NewService;
import nl.koers.socialmap.api.ServiceSearch;
import nl.koers.socialmap.api.SocialMap;
import nl.koers.system.ConflictException;
import nl.koers.system.Cursor;
import nl.koers.system.CursorPage;
import nl.koers.system.InvalidFieldException;
import nl.koers.system.NotFoundException;
import nl.koers.system.Open;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.springframework.validation.annotation.Validated;

/**
 * The social map ({@link SocialMap}) and the keeper's changes only the module's own pages
 * make; {@link SocialMapPolicy} decides who reads and who keeps.
 */
@org.springframework.stereotype.Service
@Validated
class SocialMapService implements SocialMap {

	private final MapStore store;

	private final SocialMapPolicy policy;

	private final Accounts accounts;

	private final Clock clock;

	private final int staleAfterMonths;

	SocialMapService(MapStore store, SocialMapPolicy policy, Accounts accounts, Clock clock,
			@Value("${koers.social-map.stale-after-months:12}") int staleAfterMonths) {
		this.store = store;
		this.policy = policy;
		this.accounts = accounts;
		this.clock = clock;
		this.staleAfterMonths = staleAfterMonths;
	}

	@Override
	@Transactional(readOnly = true)
	public CursorPage<Service> services(CurrentUser user, ServiceSearch search, String next, int limit) {
		this.policy.requireRead(user);
		Cursor after = StringUtils.hasText(next) ? Cursor.decode(next, 2) : null;
		List<Service> rows = this.store.services(user.municipalityId(), search, staleBefore(),
				after == null ? null : after.key(0), after == null ? null : after.key(1, UUID::fromString), limit + 1);
		return CursorPage.of(rows, limit, service -> Cursor.of(service.name(), service.id().toString()));
	}

	@Override
	@Transactional(readOnly = true)
	public CursorPage<OrganisationSummary> organisations(CurrentUser user, String text, boolean onlyStale, String next,
			int limit) {
		this.policy.requireRead(user);
		Cursor after = StringUtils.hasText(next) ? Cursor.decode(next, 2) : null;
		List<OrganisationSummary> rows = this.store.organisations(user.municipalityId(), text, onlyStale, staleBefore(),
				after == null ? null : after.key(0), after == null ? null : after.key(1, UUID::fromString), limit + 1);
		return CursorPage.of(rows, limit, organisation -> Cursor.of(organisation.name(), organisation.id().toString()));
	}

	@Override
	@Transactional(readOnly = true)
	public Organisation organisation(CurrentUser user, UUID id) {
		this.policy.requireRead(user);
		return find(user, id);
	}

	@Override
	@Transactional(readOnly = true)
	@Open("called by other modules inside their own checked step (a referral names a service); takes no user")
	public Optional<Service> service(UUID municipalityId, UUID serviceId) {
		return this.store.service(municipalityId, serviceId, staleBefore());
	}

	@Override
	@Transactional
	public Organisation create(CurrentUser user, NewOrganisation form) {
		this.policy.requireKeep(user);
		UUID id = this.accounts.createOrganisation(user.municipalityId(), form.name().strip());
		this.store.insertOrganisation(id, user.municipalityId(), form);
		return find(user, id);
	}

	@Transactional
	public Organisation update(CurrentUser user, UUID id, @Valid NewOrganisation form) {
		this.policy.requireKeep(user);
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
		this.policy.requireKeep(user);
		find(user, id);
		this.store.verify(id, today());
		return find(user, id);
	}

	@Override
	@Transactional
	public Location addLocation(CurrentUser user, UUID organisationId, NewLocation form) {
		this.policy.requireKeep(user);
		UUID id = this.store.insertLocation(find(user, organisationId).id(), form);
		return this.store.locations(organisationId)
			.stream()
			.filter(location -> location.id().equals(id))
			.findFirst()
			.orElseThrow();
	}

	@Override
	@Transactional
	public Organisation addContact(CurrentUser user, UUID organisationId, NewContactPerson form) {
		this.policy.requireKeep(user);
		this.store.insertContact(find(user, organisationId).id(), form);
		return find(user, organisationId);
	}

	@Override
	@Transactional
	public Service addService(CurrentUser user, UUID organisationId, NewService form) {
		this.policy.requireKeep(user);
		Organisation organisation = find(user, organisationId);
		if (form.locationId() != null && !this.store.hasLocation(organisation.id(), form.locationId())) {
			throw new InvalidFieldException("locationId", "socialMap.location.unknown");
		}
		UUID id = this.store.insertService(organisation.id(), user.municipalityId(), form);
		return this.store.service(user.municipalityId(), id, staleBefore()).orElseThrow();
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

}

package nl.koers.socialmap.api;

import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.koers.identity.api.CurrentUser;
import nl.koers.socialmap.api.MapEntries.Location;
import nl.koers.socialmap.api.MapEntries.Organisation;
import nl.koers.socialmap.api.MapEntries.OrganisationSummary;
import nl.koers.socialmap.api.MapEntries.Service;
import nl.koers.system.CursorPage;

/**
 * The municipality's social map: everyone whose work needs it reads it; the care
 * coordination point keeps it. Entries not verified within the configured number of
 * months are stale and flagged for the coordinator.
 */
public interface SocialMap {

	/**
	 * Services found by the search, by name, a page of at most {@code limit} after the
	 * cursor {@code next}; for those who refer and provide.
	 */
	CursorPage<Service> services(CurrentUser user, ServiceSearch search, String next, int limit);

	/**
	 * Organisations by name; {@code text} searches name and description,
	 * {@code onlyStale} keeps those due for verification.
	 */
	CursorPage<OrganisationSummary> organisations(CurrentUser user, String text, boolean onlyStale, String next,
			int limit);

	/**
	 * One organisation of the caller's municipality with its locations, contacts and
	 * services; not found when it is another municipality's.
	 */
	Organisation organisation(CurrentUser user, UUID id);

	/**
	 * A service of the municipality, for other modules inside their own checked step (a
	 * referral names one); takes no user.
	 */
	Optional<Service> service(UUID municipalityId, UUID serviceId);

	/**
	 * Adds an organisation (the care coordination point).
	 */
	Organisation create(CurrentUser user, @Valid NewOrganisation organisation);

	/**
	 * Adds a location to an organisation (the care coordination point).
	 */
	Location addLocation(CurrentUser user, UUID organisationId, @Valid NewLocation location);

	/**
	 * Adds a contact person to an organisation (the care coordination point).
	 */
	Organisation addContact(CurrentUser user, UUID organisationId, @Valid NewContactPerson contact);

	/**
	 * Adds a service to an organisation, optionally at one of its locations (the care
	 * coordination point).
	 */
	Service addService(CurrentUser user, UUID organisationId, @Valid NewService service);

}

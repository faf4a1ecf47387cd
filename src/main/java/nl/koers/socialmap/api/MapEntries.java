package nl.koers.socialmap.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the social map shows: organisations with their locations, contacts and services,
 * and services as search results. {@code stale} marks an entry not verified within the
 * configured age. A service's {@code status} is its HSDS status: {@code active},
 * {@code inactive}, {@code defunct} or {@code temporarily closed}.
 */
public final class MapEntries {

	private MapEntries() {
	}

	public record Organisation(UUID id, String name, OrganisationKind kind, String description, String website,
			String email, String phone, LocalDate verifiedOn, boolean stale, long version, List<Location> locations,
			List<Contact> contacts, List<Service> services) {
	}

	public record OrganisationSummary(UUID id, String name, OrganisationKind kind, LocalDate verifiedOn, boolean stale,
			int services) {
	}

	public record Location(UUID id, String name, String address, String postalCode, String city) {
	}

	public record Contact(UUID id, String name, String role, String email, String phone) {
	}

	public record Service(UUID id, UUID organisationId, String organisationName, String name, ServiceCategory category,
			String description, UUID locationId, String city, LocalDate verifiedOn, boolean stale, String status) {
	}

}

package nl.koers.client;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What an institution worker may read about a client in one data category, through
 * {@link ClientAccess#readShared}: {@code IDENTITY} gives the name and date of birth,
 * {@code CONTACT_DETAILS} the address and phone; every other field is {@code null}.
 *
 * @param id the client
 * @param displayName the name (identity)
 * @param dateOfBirth the date of birth (identity)
 * @param address street, house number, postal code and city (contact details)
 * @param phone the phone number (contact details)
 */
public record SharedClient(UUID id, String displayName, LocalDate dateOfBirth, String address, String phone) {

	static final String IDENTITY = "IDENTITY";

	static final String CONTACT_DETAILS = "CONTACT_DETAILS";

	static SharedClient of(Client client, String category) {
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

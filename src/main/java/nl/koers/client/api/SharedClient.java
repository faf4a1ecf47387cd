package nl.koers.client.api;

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
}

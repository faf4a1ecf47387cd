package nl.koers.privacy.api;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Whom an access request is about, as its cover page names them.
 *
 * @param id the client
 * @param name the client's name
 * @param bsn the client's BSN
 * @param dateOfBirth the date of birth, if known
 */
public record AccessRequestSubject(UUID id, String name, String bsn, LocalDate dateOfBirth) {
}

package nl.koers.client.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;

/**
 * A member of a client's household as a form or an API call sends it. A member whose BSN
 * is that of a client of the same municipality is that client: they then share the
 * household.
 *
 * @param relation the relation to the household's first client
 * @param givenName the given name
 * @param namePrefix the name prefix, such as "van der"
 * @param familyName the family name
 * @param dateOfBirth the date of birth, when known
 * @param bsn the BSN, when known
 */
public record HouseholdMember(@NotNull HouseholdRelation relation, @NotBlank @Size(max = 100) String givenName,
		@Size(max = 20) String namePrefix, @NotBlank @Size(max = 100) String familyName, @Past LocalDate dateOfBirth,
		@ValidBsn String bsn) {
}

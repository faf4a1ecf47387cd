package nl.koers.client.api;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A client's personal details as a form or an API call sends them, for registering and
 * for editing. The version is the one the editor started from; it is ignored on register.
 * {@code benefitStartDate} is the shorthand for one Participatiewet benefit from that day
 * (on an edit: it moves the start of the running benefit, or starts one when none runs);
 * a client without benefit is registered with {@code withoutBenefit} instead.
 */
public record ClientDetails(@NotBlank @ValidBsn String bsn, @NotBlank @Size(max = 100) String givenName,
		@Size(max = 20) String namePrefix, @NotBlank @Size(max = 100) String familyName,
		@NotNull @Past LocalDate dateOfBirth, LocalDate benefitStartDate, @Size(max = 120) String street,
		@Size(max = 20) String houseNumber,
		@Pattern(regexp = "^$|[1-9][0-9]{3} ?[A-Za-z]{2}", message = "{client.postalCode.invalid}") String postalCode,
		@Size(max = 80) String city, @Size(max = 30) String phone, @Email @Size(max = 120) String email,
		HouseholdType householdType, @Min(0) @Max(30) Integer children, UUID caseLeadId, Long version,
		NonBenefitGroup withoutBenefit) {
}

package nl.koers.socialmap.api;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * An organisation to add to the social map, or its changed entry: {@code verifiedOn} is
 * the day its entry was last checked, {@code version} the one read when changing it
 * ({@code null} for a new one).
 */
public record NewOrganisation(@NotBlank @Size(max = 200) String name, @NotNull OrganisationKind kind,
		@Size(max = 4000) String description, @Size(max = 300) String website, @Email @Size(max = 200) String email,
		@Size(max = 40) String phone, @NotNull @PastOrPresent LocalDate verifiedOn, Long version) {

}

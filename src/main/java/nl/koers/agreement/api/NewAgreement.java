package nl.koers.agreement.api;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An agreement made with the client on a day (not in the future), optionally tied to a
 * provision ({@code costBearing} when it costs money, which needs the provision named) or
 * to a trajectory, not both.
 */
public record NewAgreement(@NotBlank @Size(max = 2000) String description, @NotNull LocalDate madeOn,
		@Size(max = 200) String provision, Boolean costBearing, UUID trajectoryId) {
}

package nl.koers.screening.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A campaign to start: its name and the date on which the selected clients were KP4.
 */
public record NewCampaign(@NotBlank @Size(max = 200) String name, @NotNull LocalDate selectionDate) {
}

package nl.koers.trajectory;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An agreement made with the client at the start of a trajectory, from the trajectory
 * page.
 */
record StartAgreementForm(@NotBlank @Size(max = 2000) String description, @NotNull LocalDate madeOn) {
}

package nl.koers.obligation;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An exemption from the job-application duty recorded by hand: from a day, until a day
 * (exclusive) or open, and why.
 */
record ExemptionForm(@NotNull LocalDate from, LocalDate until, @NotBlank @Size(max = 2000) String reason) {

	static ExemptionForm empty(LocalDate today) {
		return new ExemptionForm(today, null, null);
	}

}

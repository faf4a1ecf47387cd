package nl.koers.contract.api;

import java.io.Serializable;
import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * One line of a payment schedule: the share (a percentage) of the price owed in a year,
 * or for a phase.
 */
public record PaymentLine(@Min(2000) @Max(2100) Integer year, @Min(1) @Max(10) Integer phase,
		@DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Digits(integer = 3,
				fraction = 2) BigDecimal share)
		implements
			Serializable {

	/**
	 * An empty line of the form.
	 */
	public boolean blank() {
		return this.year == null && this.phase == null && this.share == null;
	}

}

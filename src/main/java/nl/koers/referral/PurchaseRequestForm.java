package nl.koers.referral;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A request to purchase a provision that the social map does not offer: what, why, the
 * estimated cost in euros and, optionally, the client it is for.
 */
record PurchaseRequestForm(@NotBlank @Size(max = 500) String what, @NotBlank @Size(max = 4000) String why,
		@NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal estimatedCost, UUID clientId) {
}

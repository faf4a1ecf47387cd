package nl.koers.contract.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.koers.route.api.Route;

/**
 * A contract as a contract manager enters it. Ages are in years (57.5 for 57½); empty
 * phase names fall back to three numbered phases; {@code version} is needed for a change.
 */
public record ContractTerms(@NotNull UUID providerId, @NotBlank @Size(max = 200) String name,
		@Size(max = 100) String lot, @NotNull @Min(1) @Max(10000) Integer places,
		@NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal price,
		@NotBlank @Size(max = 100) String budgetSource, @NotNull ScheduleKind scheduleKind,
		@Size(max = 10) List<@Valid PaymentLine> schedule, @NotNull LocalDate nominationFrom,
		@NotNull LocalDate nominationUntil, @NotNull @Min(1) @Max(120) Integer maxMonths,
		@Min(0) @Max(60) Integer aftercareMonths, @Min(0) @Max(365) Integer warningDays,
		@Size(max = 10) List<@Size(max = 100) String> phases,
		@DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal minAge,
		@DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal maxAge,
		@Min(0) @Max(1200) Integer minBenefitMonths, Set<Route> routes, Boolean exceptionsNeedApproval,
		Long version) implements Serializable {

	public static final int DEFAULT_WARNING_DAYS = 60;

	public static final int DEFAULT_PHASES = 3;

}

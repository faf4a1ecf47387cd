package nl.koers.client.api;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import nl.koers.system.RefusedException;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The dates a client can plausibly have ({@code koers.client.plausibility.*}): born in
 * the past and less than {@value #MAXIMUM_AGE} years ago; a benefit that starts at the
 * earliest on the day the client reaches the minimum age (18: the Participatiewet's age)
 * and at the latest some days ahead. Registration, editing, a new benefit period and the
 * import all ask here, and each refusal names its limit.
 */
@ConfigurationProperties("koers.client.plausibility")
@Validated
public record PlausibleDates(@DefaultValue("18") @Min(15) @Max(27) int minimumAge,
		@DefaultValue("31") @Min(0) @Max(366) int benefitStartDaysAhead) {

	static final int MAXIMUM_AGE = 120;

	public Optional<RefusedException.Reason> dateOfBirth(String field, LocalDate born, LocalDate today) {
		if (born.isAfter(today)) {
			return Optional.of(new RefusedException.Reason(field, "client.dateOfBirth.future"));
		}
		if (born.isBefore(earliestBirth(today))) {
			return Optional.of(new RefusedException.Reason(field, "client.dateOfBirth.tooEarly", MAXIMUM_AGE));
		}
		return Optional.empty();
	}

	public Optional<RefusedException.Reason> benefitStart(String field, LocalDate born, LocalDate start,
			LocalDate today) {
		if (start.isBefore(earliestBenefitStart(born))) {
			return Optional.of(new RefusedException.Reason(field, "client.benefitStartDate.tooYoung", this.minimumAge));
		}
		if (start.isAfter(latestBenefitStart(today))) {
			return Optional.of(new RefusedException.Reason(field, "client.benefitStartDate.tooFarAhead",
					this.benefitStartDaysAhead));
		}
		return Optional.empty();
	}

	public static LocalDate earliestBirth(LocalDate today) {
		return today.minusYears(MAXIMUM_AGE);
	}

	public LocalDate earliestBenefitStart(LocalDate born) {
		return born.plusYears(this.minimumAge);
	}

	public LocalDate latestBenefitStart(LocalDate today) {
		return today.plusDays(this.benefitStartDaysAhead);
	}

}

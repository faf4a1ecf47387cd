package nl.koers.contract.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.koers.budget.api.Commitment;
import nl.koers.route.api.Route;

/**
 * A contract with its terms and how many places are taken. Ages are in months.
 */
public record ContractView(UUID id, UUID providerId, String providerName, String name, String lot, int places,
		int placesUsed, BigDecimal price, String budgetSource, ScheduleKind scheduleKind, List<PaymentLine> schedule,
		LocalDate nominationFrom, LocalDate nominationUntil, int maxMonths, int aftercareMonths, int warningDays,
		List<String> phases, Integer minAgeMonths, Integer maxAgeMonths, Integer minBenefitMonths, Set<Route> routes,
		boolean exceptionsNeedApproval, long version) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public int placesLeft() {
		return Math.max(0, this.places - this.placesUsed);
	}

	public boolean openOn(LocalDate date) {
		return !date.isBefore(this.nominationFrom) && !date.isAfter(this.nominationUntil);
	}

	/**
	 * The price spread by the schedule: per year, or per phase in the year of nomination
	 * (moved to the year the phase starts). Cents left by rounding go to the last line.
	 */
	public List<Commitment> commitments(LocalDate nominatedOn) {
		List<Commitment> lines = new ArrayList<>();
		BigDecimal rest = this.price;
		for (int i = 0; i < this.schedule.size(); i++) {
			PaymentLine line = this.schedule.get(i);
			BigDecimal amount = i == this.schedule.size() - 1 ? rest
					: this.price.multiply(line.share()).divide(HUNDRED, 2, RoundingMode.HALF_UP);
			rest = rest.subtract(amount);
			lines.add(this.scheduleKind == ScheduleKind.YEARS ? new Commitment(line.year(), null, amount)
					: new Commitment(nominatedOn.getYear(), line.phase(), amount));
		}
		return lines;
	}

	/**
	 * The minimum age in years, for the form.
	 */
	public BigDecimal minAge() {
		return years(this.minAgeMonths);
	}

	public BigDecimal maxAge() {
		return years(this.maxAgeMonths);
	}

	/**
	 * The lower age bound as contracts write it ("23"); "0" without one.
	 */
	public String minAgeText() {
		return bound(this.minAgeMonths, "0");
	}

	/**
	 * The upper age bound as contracts write it ("57½"); "∞" without one.
	 */
	public String maxAgeText() {
		return bound(this.maxAgeMonths, "∞");
	}

	public ContractTerms form() {
		return new ContractTerms(this.providerId, this.name, this.lot, this.places, this.price, this.budgetSource,
				this.scheduleKind, this.schedule, this.nominationFrom, this.nominationUntil, this.maxMonths,
				this.aftercareMonths, this.warningDays, this.phases, minAge(), maxAge(), this.minBenefitMonths,
				this.routes, this.exceptionsNeedApproval, this.version);
	}

	/**
	 * The same contract with the places taken as counted now.
	 */
	public ContractView withPlacesUsed(int used) {
		return new ContractView(this.id, this.providerId, this.providerName, this.name, this.lot, this.places, used,
				this.price, this.budgetSource, this.scheduleKind, this.schedule, this.nominationFrom,
				this.nominationUntil, this.maxMonths, this.aftercareMonths, this.warningDays, this.phases,
				this.minAgeMonths, this.maxAgeMonths, this.minBenefitMonths, this.routes, this.exceptionsNeedApproval,
				this.version);
	}

	/**
	 * A contract's age bound: whole years, or with ½ as contracts write it.
	 */
	static String bound(Integer months, String none) {
		if (months == null) {
			return none;
		}
		int years = months / 12;
		int rest = months % 12;
		return rest == 0 ? String.valueOf(years) : rest == 6 ? years + "½" : years + " " + rest + "/12";
	}

	private static BigDecimal years(Integer months) {
		if (months == null) {
			return null;
		}
		BigDecimal years = BigDecimal.valueOf(months)
			.divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP)
			.stripTrailingZeros();
		return years.scale() < 0 ? years.setScale(0) : years;
	}

}

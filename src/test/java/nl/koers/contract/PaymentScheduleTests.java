package nl.koers.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.koers.budget.api.Commitment;
import nl.koers.contract.api.ContractView;
import nl.koers.contract.api.PaymentLine;
import nl.koers.contract.api.ScheduleKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a contract spreads a trajectory's price over its payment schedule, and how ages in
 * years become months and back; no Spring context.
 */
class PaymentScheduleTests {

	private static final LocalDate NOMINATED = LocalDate.of(2006, 2, 15);

	@Test
	void aScheduleByYearCommitsEachYearsShare() {
		ContractView delft = contract("5355.00", ScheduleKind.YEARS, line(2005, null, "20"), line(2006, null, "60"),
				line(2007, null, "20"));
		assertThat(delft.commitments(NOMINATED)).containsExactly(new Commitment(2005, null, new BigDecimal("1071.00")),
				new Commitment(2006, null, new BigDecimal("3213.00")),
				new Commitment(2007, null, new BigDecimal("1071.00")));
	}

	@Test
	void aScheduleByPhaseCommitsEveryPhaseInTheYearOfNomination() {
		ContractView phases = contract("5355.00", ScheduleKind.PHASES, line(null, 1, "25"), line(null, 2, "50"),
				line(null, 3, "25"));
		assertThat(phases.commitments(NOMINATED)).containsExactly(new Commitment(2006, 1, new BigDecimal("1338.75")),
				new Commitment(2006, 2, new BigDecimal("2677.50")), new Commitment(2006, 3, new BigDecimal("1338.75")));
	}

	@Test
	void centsLeftByRoundingGoToTheLastLineSoTheLinesAddUpToThePrice() {
		ContractView thirds = contract("100.01", ScheduleKind.PHASES, line(null, 1, "33.33"), line(null, 2, "33.33"),
				line(null, 3, "33.34"));
		List<Commitment> lines = thirds.commitments(NOMINATED);
		assertThat(lines).extracting(Commitment::amount)
			.containsExactly(new BigDecimal("33.33"), new BigDecimal("33.33"), new BigDecimal("33.35"));
		assertThat(lines.stream().map(Commitment::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
			.isEqualByComparingTo("100.01");
	}

	@Test
	void aShareIsRoundedHalfUpToTheCent() {
		ContractView halves = contract("0.05", ScheduleKind.YEARS, line(2006, null, "50"), line(2007, null, "50"));
		assertThat(halves.commitments(NOMINATED)).extracting(Commitment::amount)
			.containsExactly(new BigDecimal("0.03"), new BigDecimal("0.02"));
	}

	@Test
	void agesInYearsBecomeWholeMonthsAndBack() {
		assertThat(ContractService.months(new BigDecimal("57.5"))).isEqualTo(690);
		assertThat(ContractService.months(new BigDecimal("23"))).isEqualTo(276);
		assertThat(ContractService.months(new BigDecimal("57.49"))).isEqualTo(690);
		assertThat(ContractService.months(null)).isNull();

		ContractView delft = contract("5355.00", ScheduleKind.YEARS, line(2006, null, "100"));
		assertThat(delft.minAge()).isEqualByComparingTo("23");
		assertThat(delft.maxAge()).isEqualByComparingTo("57.5");
		assertThat(delft.minAgeText()).isEqualTo("23");
		assertThat(delft.maxAgeText()).isEqualTo("57½");
	}

	@Test
	void aContractIsOpenForNominationOnTheFirstAndTheLastDayOfItsWindow() {
		ContractView delft = contract("5355.00", ScheduleKind.YEARS, line(2006, null, "100"));
		assertThat(delft.openOn(LocalDate.of(2005, 11, 1))).isTrue();
		assertThat(delft.openOn(LocalDate.of(2006, 4, 30))).isTrue();
		assertThat(delft.openOn(LocalDate.of(2005, 10, 31))).isFalse();
		assertThat(delft.openOn(LocalDate.of(2006, 5, 1))).isFalse();
	}

	@Test
	void placesLeftAreNeverNegative() {
		ContractView full = contract("5355.00", ScheduleKind.YEARS, line(2006, null, "100")).withPlacesUsed(52);
		assertThat(full.placesLeft()).isZero();
		assertThat(full.withPlacesUsed(49).placesLeft()).isEqualTo(1);
	}

	private static PaymentLine line(Integer year, Integer phase, String share) {
		return new PaymentLine(year, phase, new BigDecimal(share));
	}

	private static ContractView contract(String price, ScheduleKind kind, PaymentLine... schedule) {
		return new ContractView(UUID.randomUUID(), UUID.randomUUID(), "Aanbieder", "Delft", null, 50, 0,
				new BigDecimal(price), "Werkbudget", kind, List.of(schedule), LocalDate.of(2005, 11, 1),
				LocalDate.of(2006, 4, 30), 18, 6, 60, List.of("Intake", "Activering", "Doorstroom"), 276, 690, 24,
				Set.of(), false, 0);
	}

}

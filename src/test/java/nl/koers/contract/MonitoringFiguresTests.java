package nl.koers.contract;

import java.math.BigDecimal;
import java.util.Map;

import nl.koers.budget.api.ContractMoney;
import nl.koers.client.api.Outcome;
import nl.koers.contract.api.TrajectoryCounts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The arithmetic of contract monitoring: places left, the average duration and the cost
 * per outcome, per contract and summed per provider; no Spring context.
 */
class MonitoringFiguresTests {

	@Test
	void aContractWithoutTrajectoriesHasEveryPlaceLeftAndNoAverages() {
		MonitoringFigures figures = MonitoringFigures.of(Tally.of(5, null).with(ContractMoney.NONE));
		assertThat(figures.left()).isEqualTo(5);
		assertThat(figures.ended()).isZero();
		assertThat(figures.outcomes()).hasSize(Outcome.values().length).containsValue(0);
		assertThat(figures.averageDurationDays()).isNull();
		assertThat(figures.costPerOutcome()).isNull();
	}

	@Test
	void theAverageDurationIsRoundedHalfUpToWholeDays() {
		TrajectoryCounts counts = counts(Map.of(Outcome.PAID_WORK, 1, Outcome.DROPPED_OUT, 1), 180 + 89);
		MonitoringFigures figures = MonitoringFigures.of(Tally.of(5, counts));
		assertThat(figures.ended()).isEqualTo(2);
		assertThat(figures.averageDurationDays()).isEqualTo(135);
		assertThat(figures.dropouts()).isEqualTo(1);
	}

	@Test
	void theCostPerOutcomeCountsOnlyTheTrajectoriesThatMovedOn() {
		TrajectoryCounts counts = counts(Map.of(Outcome.PAID_WORK, 2, Outcome.DROPPED_OUT, 1, Outcome.OTHER, 1), 700);
		MonitoringFigures figures = MonitoringFigures
			.of(Tally.of(5, counts).with(new ContractMoney(new BigDecimal("10000.00"), new BigDecimal("1071.00"))));
		assertThat(figures.costPerOutcome()).isEqualByComparingTo("5000.00");
		MonitoringFigures thirds = MonitoringFigures.of(Tally.of(5, counts(Map.of(Outcome.SOCIAL_ACTIVATION, 3), 300))
			.with(new ContractMoney(new BigDecimal("100.00"), BigDecimal.ZERO)));
		assertThat(thirds.costPerOutcome()).isEqualTo(new BigDecimal("33.33"));
	}

	@Test
	void aProvidersFiguresAreTheSumsOfItsContractsBeforeAveraging() {
		Tally a = Tally.of(5, counts(Map.of(Outcome.PAID_WORK, 1), 180))
			.with(new ContractMoney(new BigDecimal("5355.00"), new BigDecimal("1071.00")));
		Tally b = Tally.of(2, counts(Map.of(Outcome.PAID_WORK, 1), 91))
			.with(new ContractMoney(new BigDecimal("5355.00"), BigDecimal.ZERO));
		MonitoringFigures provider = MonitoringFigures.of(a.plus(b));
		assertThat(provider.places()).isEqualTo(7);
		assertThat(provider.outcomes()).containsEntry(Outcome.PAID_WORK, 2);
		assertThat(provider.averageDurationDays()).isEqualTo(136);
		assertThat(provider.committed()).isEqualByComparingTo("10710.00");
		assertThat(provider.spent()).isEqualByComparingTo("1071.00");
		assertThat(provider.costPerOutcome()).isEqualByComparingTo("5355.00");
	}

	@Test
	void placesLeftAreNeverNegative() {
		MonitoringFigures over = MonitoringFigures
			.of(Tally.of(1, new TrajectoryCounts(3, 0, 3, 0, 0, Map.of(), 0, 0, 0, 0, 0)));
		assertThat(over.left()).isZero();
	}

	private static TrajectoryCounts counts(Map<Outcome, Integer> ended, long endedDays) {
		int total = ended.values().stream().mapToInt(Integer::intValue).sum();
		return new TrajectoryCounts(total, 0, 0, 0, 0, ended, 0, endedDays, 0, 0, 0);
	}

}

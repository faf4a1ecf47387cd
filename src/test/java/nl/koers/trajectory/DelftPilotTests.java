package nl.koers.trajectory;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import nl.koers.KoersTest;
import nl.koers.budget.Budgets;
import nl.koers.budget.ContractMoney;
import nl.koers.system.RefusedException;
import nl.koers.system.RefusedException.Reason;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Delft's pilot from the seed: 50 trajectories at €5,355 (€267,750) from the Werkbudget,
 * committed as €53,550 in 2005, €160,650 in 2006 and €53,550 in 2007.
 */
@KoersTest
class DelftPilotTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	Nominations nominations;

	@Autowired
	Budgets budgets;

	TrajectoryWorld world;

	@BeforeEach
	void setUp() {
		this.world = new TrajectoryWorld(this.context);
		this.world.delftBudget();
	}

	@Test
	void fiftyNominationsCommitThePilotsMoneyAndTheFiftyFirstFindsTheContractFull() {
		ContractView pilot = this.world.contract(this.world.delft());
		for (int i = 0; i < 50; i++) {
			this.nominations.nominate(this.world.consultant, this.world.eligibleClient(),
					new NominationForm(pilot.id(), TrajectoryWorld.NOMINATED, "Past in de pilot"));
		}

		Map<java.util.UUID, ContractMoney> money = this.budgets.money(List.of(pilot.id()));
		assertThat(money.get(pilot.id()).committed()).isEqualByComparingTo("267750.00");
		assertThat(this.budgets.shortfalls(this.world.municipality.id(), "Werkbudget",
				pilot.commitments(TrajectoryWorld.NOMINATED)))
			.extracting(shortfall -> shortfall.year(), shortfall -> shortfall.remaining())
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2005, new BigDecimal("0.00")),
					org.assertj.core.groups.Tuple.tuple(2006, new BigDecimal("0.00")),
					org.assertj.core.groups.Tuple.tuple(2007, new BigDecimal("0.00")));

		RefusedException refused = catchThrowableOfType(RefusedException.class,
				() -> this.nominations.nominate(this.world.consultant, this.world.eligibleClient(),
						new NominationForm(pilot.id(), TrajectoryWorld.NOMINATED, "Nummer 51")));
		assertThat(refused.reasons()).extracting(Reason::messageKey)
			.containsExactly("trajectory.rule.full", "trajectory.rule.budget", "trajectory.rule.budget",
					"trajectory.rule.budget");
	}

}

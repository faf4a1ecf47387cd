package nl.koers.trajectory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import nl.koers.KoersTest;
import nl.koers.budget.api.Budgets;
import nl.koers.budget.api.Commitment;
import nl.koers.budget.api.ContractMoney;
import nl.koers.contract.api.ContractView;
import nl.koers.system.RefusedException;
import nl.koers.system.RefusedException.Reason;
import nl.koers.trajectory.api.Nomination;
import nl.koers.trajectory.api.Nominations;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Parallel nominations under two contracts that draw on one budget: the budget is locked
 * from the shortfall check until the commitment, so it is never overspent and the
 * nominations it cannot pay are refused with the budget rule.
 */
@KoersTest
class NominationConcurrencyTests {

	private static final int THREADS = 8;

	@Autowired
	ApplicationContext context;

	@Autowired
	Nominations nominations;

	@Autowired
	Budgets budgets;

	@Test
	void parallelNominationsUnderContractsSharingABudgetNeverOverspendIt() throws Exception {
		TrajectoryWorld world = new TrajectoryWorld(this.context);
		// money for three trajectories at €5,355, spread 20/60/20% over 2005–2007
		world.budget("Werkbudget", 2005, "3213.00");
		world.budget("Werkbudget", 2006, "9639.00");
		world.budget("Werkbudget", 2007, "3213.00");
		ContractView first = world.contract(world.delft());
		ContractView second = world.contract(world.delft());
		List<UUID> clients = new ArrayList<>();
		for (int i = 0; i < THREADS; i++) {
			clients.add(world.eligibleClient());
		}

		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		List<Future<List<Reason>>> outcomes = new ArrayList<>();
		for (int i = 0; i < THREADS; i++) {
			UUID client = clients.get(i);
			UUID contract = (i % 2 == 0 ? first : second).id();
			outcomes.add(pool.submit(() -> {
				start.await();
				try {
					this.nominations.nominate(world.consultant, client,
							new Nomination(contract, TrajectoryWorld.NOMINATED, "Parallel"));
					return List.of();
				}
				catch (RefusedException refused) {
					return refused.reasons();
				}
			}));
		}
		start.countDown();
		List<List<Reason>> results = new ArrayList<>();
		for (Future<List<Reason>> outcome : outcomes) {
			results.add(outcome.get());
		}
		pool.shutdown();

		assertThat(results).filteredOn(List::isEmpty).as("accepted").hasSize(3);
		assertThat(results).filteredOn(reasons -> !reasons.isEmpty())
			.as("refused")
			.hasSize(THREADS - 3)
			.allSatisfy(reasons -> assertThat(reasons).extracting(Reason::messageKey, reason -> reason.args()[1])
				.containsExactly(tuple("trajectory.rule.budget", "2005"), tuple("trajectory.rule.budget", "2006"),
						tuple("trajectory.rule.budget", "2007")));
		BigDecimal committed = this.budgets.money(List.of(first.id(), second.id()))
			.values()
			.stream()
			.map(ContractMoney::committed)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(committed).isEqualByComparingTo("16065.00");
		List<Commitment> aCent = List.of(new Commitment(2005, null, new BigDecimal("0.01")),
				new Commitment(2006, null, new BigDecimal("0.01")), new Commitment(2007, null, new BigDecimal("0.01")));
		assertThat(this.budgets.shortfalls(world.municipality.id(), "Werkbudget", aCent))
			.extracting(shortfall -> shortfall.year(), shortfall -> shortfall.remaining())
			.containsExactly(tuple(2005, new BigDecimal("0.00")), tuple(2006, new BigDecimal("0.00")),
					tuple(2007, new BigDecimal("0.00")));
	}

}

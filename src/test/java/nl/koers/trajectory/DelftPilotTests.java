package nl.koers.trajectory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.koers.KoersTest;
import nl.koers.budget.api.Budgets;
import nl.koers.budget.api.ContractMoney;
import nl.koers.budget.api.NewPayment;
import nl.koers.contract.api.ContractView;
import nl.koers.contract.api.Contracts;
import nl.koers.system.RefusedException.Reason;
import nl.koers.system.RefusedException;
import nl.koers.trajectory.api.Nomination;
import nl.koers.trajectory.api.Nominations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

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

	@Autowired
	Contracts contracts;

	@Autowired
	MockMvc mvc;

	TrajectoryWorld world;

	@BeforeEach
	void setUp() {
		this.world = new TrajectoryWorld(this.context);
		this.world.delftBudget();
	}

	@Test
	void fiftyNominationsCommitThePilotsMoneyAndTheFiftyFirstFindsTheContractFull() throws Exception {
		ContractView pilot = this.world.contract(this.world.delft());
		for (int i = 0; i < 50; i++) {
			this.nominations.nominate(this.world.consultant, this.world.eligibleClient(),
					new Nomination(pilot.id(), TrajectoryWorld.NOMINATED, "Past in de pilot"));
		}

		Map<UUID, ContractMoney> money = this.budgets.money(List.of(pilot.id()));
		assertThat(money.get(pilot.id()).committed()).isEqualByComparingTo("267750.00");
		assertThat(this.budgets.shortfalls(this.world.municipality.id(), "Werkbudget",
				pilot.commitments(TrajectoryWorld.NOMINATED)))
			.extracting(shortfall -> shortfall.year(), shortfall -> shortfall.remaining())
			.containsExactly(tuple(2005, new BigDecimal("0.00")), tuple(2006, new BigDecimal("0.00")),
					tuple(2007, new BigDecimal("0.00")));

		this.mvc.perform(get("/api/v1/reports/budget").param("year", "2005").with(user(this.world.manager)))
			.andExpect(jsonPath("$.sources[0].source").value("Werkbudget"))
			.andExpect(jsonPath("$.sources[0].budget").value("53550.00"))
			.andExpect(jsonPath("$.sources[0].committed").value("53550.00"))
			.andExpect(jsonPath("$.sources[0].remaining").value("0.00"));
		this.mvc.perform(get("/api/v1/reports/budget").param("year", "2006").with(user(this.world.manager)))
			.andExpect(jsonPath("$.sources[0].committed").value("160650.00"));
		this.mvc.perform(get("/api/v1/reports/budget").param("year", "2007").with(user(this.world.manager)))
			.andExpect(jsonPath("$.sources[0].committed").value("53550.00"));

		this.contracts.recordPayment(this.world.contractManager, pilot.id(),
				new NewPayment(2006, new BigDecimal("26775.00"), LocalDate.of(2006, 3, 31), "Factuur Q1 2006"));
		this.mvc.perform(get("/api/v1/reports/budget").param("year", "2006").with(user(this.world.manager)))
			.andExpect(jsonPath("$.sources[0].spent").value("26775.00"))
			.andExpect(jsonPath("$.sources[0].remaining").value("0.00"));

		RefusedException refused = catchThrowableOfType(RefusedException.class,
				() -> this.nominations.nominate(this.world.consultant, this.world.eligibleClient(),
						new Nomination(pilot.id(), TrajectoryWorld.NOMINATED, "Nummer 51")));
		assertThat(refused.reasons()).extracting(Reason::messageKey)
			.containsExactly("trajectory.rule.full", "trajectory.rule.budget", "trajectory.rule.budget",
					"trajectory.rule.budget");
	}

}

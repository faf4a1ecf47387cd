package nl.koers.reporting;

import java.time.LocalDate;

import nl.koers.KoersTest;
import nl.koers.contract.api.ContractView;
import nl.koers.trajectory.TrajectoryWorld;
import nl.koers.trajectory.api.Nomination;
import nl.koers.trajectory.api.Nominations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The money and the places of Delft's pilot in the council report: two clients nominated
 * in December 2005 and four more in February 2006, against the Werkbudget of 2005 and
 * 2006.
 */
@KoersTest
class CouncilPlacesTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	Nominations nominations;

	@Autowired
	MockMvc mvc;

	TrajectoryWorld world;

	@BeforeEach
	void setUp() {
		this.world = new TrajectoryWorld(this.context);
		this.world.delftBudget();
		ContractView pilot = this.world.contract(this.world.delft());
		for (int i = 0; i < 6; i++) {
			this.nominations.nominate(this.world.consultant, this.world.eligibleClient(), new Nomination(pilot.id(),
					i < 2 ? TrajectoryWorld.NOMINATED : LocalDate.of(2006, 2, 1), "Past in de pilot"));
		}
	}

	@Test
	void placesTakenAtTheEndOfEachPeriodAndTheMoneyOfItsYear() throws Exception {
		byte[] body = this.mvc
			.perform(get("/reports/council.xlsx").param("period", "2006-Q1")
				.param("compare", "2005-Q4")
				.with(user(this.world.manager)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		XlsxCells xlsx = XlsxCells.of(body);

		int places = xlsx.indexOf("Plaatsen in contracten");
		assertThat(xlsx.rows().get(places + 1)).containsExactly("Contract", "Plaatsen", "Bezet eind 2006-Q1",
				"Bezet eind 2005-Q4");
		assertThat(xlsx.rows().get(places + 2)).containsExactly(
				"Activeringsbureau De Brug – Activeringstrajecten zorgklanten fase 4 (Perceel 1)", 50.0, 6.0, "< 5");
		int money = xlsx.indexOf("Geld per budgetbron");
		assertThat(xlsx.row("Werkbudget", money)).containsExactly("Werkbudget", 160650.0, 19278.0, 0.0, 53550.0, 6426.0,
				0.0);
		assertThat(xlsx.row("Totaal", money)).containsExactly("Totaal", 160650.0, 19278.0, 0.0, 53550.0, 6426.0, 0.0);
		int stock = xlsx.indexOf("Cliënten per route");
		assertThat(xlsx.row("Ondersteuningstraject zorg", stock)).containsExactly("Ondersteuningstraject zorg", 6.0,
				6.0, 6.0, 6.0);
	}

}

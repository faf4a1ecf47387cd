package nl.koers.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.koers.Fixtures.Municipality;
import nl.koers.Fixtures;
import nl.koers.KoersTest;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.route.api.ClientProfile;
import nl.koers.route.api.ProfileDecision;
import nl.koers.route.api.Route;
import nl.koers.route.api.RouteChange;
import nl.koers.route.api.RoutePeriod;
import nl.koers.route.api.RoutePeriodsChanged;
import nl.koers.route.api.Routes;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report follows {@link RoutePeriodsChanged} through the event publication registry.
 */
@KoersTest
@TestPropertySource(properties = "koers.reporting.suppression-threshold=1")
class RouteCountScenarioTests {

	private static final LocalDate JAN = LocalDate.of(2021, 1, 4);

	private static final LocalDate MAR = LocalDate.of(2021, 3, 1);

	private static final LocalDate JUN = LocalDate.of(2021, 6, 1);

	@Autowired
	Fixtures fixtures;

	@Autowired
	Routes routes;

	@Autowired
	RouteReportService report;

	@Test
	void publishedPeriodsAreCountedFromTheirFirstDayUntilTheirEnd(Scenario scenario) {
		Municipality municipality = this.fixtures.municipality();
		CurrentUser manager = municipality.user(Role.MANAGER);
		UUID client = municipality.client(municipality.user(Role.CONSULTANT)).id();
		RoutePeriodsChanged change = new RoutePeriodsChanged(client, municipality.id(), List.of(),
				List.of(new RoutePeriod(Route.INVESTIGATION, JAN, MAR), new RoutePeriod(Route.REST, MAR, null)));
		scenario.publish(change)
			.andWaitForStateChange(() -> this.report.counts(manager, JUN), counts -> counts.total() > 0)
			.andVerify(counts -> {
				assertThat(counts.count(Route.REST)).isEqualTo(1);
				assertThat(counts.count(Route.INVESTIGATION)).isZero();
				assertThat(this.report.counts(manager, JAN).count(Route.INVESTIGATION)).isEqualTo(1);
				assertThat(this.report.counts(manager, JAN.minusDays(1)).total()).isZero();
			});
	}

	@Test
	void aBackDatedRouteChangeMovesThePastCounts(Scenario scenario) {
		Municipality municipality = this.fixtures.municipality();
		CurrentUser manager = municipality.user(Role.MANAGER);
		CurrentUser consultant = municipality.user(Role.CONSULTANT);
		UUID client = municipality.client(consultant).id();
		this.routes.decideProfile(consultant, client, new ProfileDecision(ClientProfile.KP4, JAN, "Intake", null));
		assertThat(this.report.counts(manager, JUN).count(Route.INVESTIGATION)).isEqualTo(1);
		scenario
			.stimulate(() -> this.routes.changeRoute(consultant, client,
					new RouteChange(Route.CARE_SUPPORT, MAR, "Zorg eerst", null, null)))
			.andWaitForEventOfType(RoutePeriodsChanged.class)
			.matching(changed -> changed.clientId().equals(client) && changed.before().size() == 1)
			.toArriveAndVerify(changed -> {
				assertThat(changed.before()).containsExactly(new RoutePeriod(Route.INVESTIGATION, JAN, null));
				assertThat(changed.after()).containsExactly(new RoutePeriod(Route.INVESTIGATION, JAN, MAR),
						new RoutePeriod(Route.CARE_SUPPORT, MAR, null));
				assertThat(this.report.counts(manager, JUN).count(Route.CARE_SUPPORT)).isEqualTo(1);
				assertThat(this.report.counts(manager, JUN).count(Route.INVESTIGATION)).isZero();
				assertThat(this.report.counts(manager, MAR.minusDays(1)).count(Route.INVESTIGATION)).isEqualTo(1);
			});
	}

}

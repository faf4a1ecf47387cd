package nl.koers.reporting;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import nl.koers.Fixtures.Municipality;
import nl.koers.Fixtures;
import nl.koers.KoersTest;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.route.api.ClientProfile;
import nl.koers.route.api.Handover;
import nl.koers.route.api.HistoryEntry;
import nl.koers.route.api.ProfileDecision;
import nl.koers.route.api.Route;
import nl.koers.route.api.RouteChange;
import nl.koers.route.api.Routes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * West Betuwe's table of 2 November 2020 (seed 004): of 130 KP4 clients, 2 possibly KP3,
 * 21 in care support, 67 in rest and 40 still under investigation, built from changes on
 * realistic dates, with a handover, a client who left KP4, a back-dated correction and
 * another municipality's clients around it.
 */
@KoersTest
@TestPropertySource(properties = "koers.reporting.suppression-threshold=1")
@TestInstance(Lifecycle.PER_CLASS)
class WestBetuweReportTests {

	private static final LocalDate REFERENCE_DATE = LocalDate.of(2020, 11, 2);

	@Autowired
	Fixtures fixtures;

	@Autowired
	Routes routes;

	@Autowired
	RouteReportService report;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	Municipality westBetuwe;

	CurrentUser consultant;

	CurrentUser manager;

	@BeforeAll
	void buildWestBetuwe() {
		this.westBetuwe = this.fixtures.municipality();
		this.consultant = this.westBetuwe.user(Role.CONSULTANT);
		this.manager = this.westBetuwe.user(Role.MANAGER);
		for (int i = 0; i < 130; i++) {
			UUID client = kp4Client(LocalDate.of(2020, 1, 6).plusDays(i % 60));
			if (i == 0) {
				HistoryEntry wrong = change(client, Route.REST, LocalDate.of(2020, 12, 1), null);
				change(client, Route.REST, LocalDate.of(2020, 4, 1), wrong.id());
			}
			else if (i < 67) {
				change(client, Route.REST, LocalDate.of(2020, 4, 1).plusDays(3L * i), null);
				if (i == 1 || i == 2) {
					change(client, Route.CARE_SUPPORT, LocalDate.of(2021, 1, 4), null);
				}
			}
			else if (i < 88) {
				change(client, Route.CARE_SUPPORT, LocalDate.of(2020, 5, 4).plusDays(7L * (i - 67)), null);
			}
			else if (i < 90) {
				change(client, Route.TOWARDS_KP3, LocalDate.of(2020, 10, 12).plusDays(i - 88), null);
			}
		}
		UUID handedOver = kp4Client(LocalDate.of(2020, 1, 6));
		change(handedOver, Route.TOWARDS_KP3, LocalDate.of(2020, 6, 1), null);
		this.routes.handOver(this.consultant, handedOver,
				new Handover(LocalDate.of(2020, 9, 1), "Werkzaam Rivierenland", "Start KP3-traject", null));
		UUID leftKp4 = kp4Client(LocalDate.of(2020, 2, 3));
		this.routes.decideProfile(this.consultant, leftKp4,
				new ProfileDecision(ClientProfile.KP3, LocalDate.of(2020, 8, 3), "Herbeoordeling", null));
		Municipality delft = this.fixtures.municipality();
		CurrentUser delftConsultant = delft.user(Role.CONSULTANT);
		for (int i = 0; i < 3; i++) {
			UUID client = delft.client(delftConsultant).id();
			this.routes.decideProfile(delftConsultant, client,
					new ProfileDecision(ClientProfile.KP4, LocalDate.of(2020, 1, 6), "Intake", null));
		}
	}

	@Test
	void givesTheSeedsTableOnTheSecondOfNovember2020() throws Exception {
		this.mvc
			.perform(get("/api/v1/reports/routes").param("date", REFERENCE_DATE.toString()).with(user(this.manager)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.date").value("2020-11-02"))
			.andExpect(jsonPath("$.counts.TOWARDS_KP3").value(2))
			.andExpect(jsonPath("$.counts.CARE_SUPPORT").value(21))
			.andExpect(jsonPath("$.counts.REST").value(67))
			.andExpect(jsonPath("$.counts.INVESTIGATION").value(40))
			.andExpect(jsonPath("$.total").value(130));
	}

	@Test
	void givesOtherCountsOnOtherDates() {
		assertThat(counts(LocalDate.of(2020, 1, 1))).containsValues(0L, 0L, 0L, 0L);
		assertThat(counts(LocalDate.of(2020, 7, 1))).containsEntry(Route.REST, 31L)
			.containsEntry(Route.CARE_SUPPORT, 9L)
			.containsEntry(Route.TOWARDS_KP3, 1L)
			.containsEntry(Route.INVESTIGATION, 91L);
		assertThat(counts(LocalDate.of(2021, 2, 1))).containsEntry(Route.REST, 65L)
			.containsEntry(Route.CARE_SUPPORT, 23L)
			.containsEntry(Route.TOWARDS_KP3, 2L)
			.containsEntry(Route.INVESTIGATION, 40L);
	}

	@Test
	void agreesWithTheStraightforwardQueryOnEveryDay() {
		for (LocalDate day = LocalDate.of(2019, 12, 30); day
			.isBefore(LocalDate.of(2021, 3, 1)); day = day.plusDays(1)) {
			assertThat(counts(day)).as(day.toString()).isEqualTo(straightforward(day));
		}
	}

	private Map<Route, Long> counts(LocalDate date) {
		return this.report.counts(this.manager, date).counts();
	}

	private Map<Route, Long> straightforward(LocalDate date) {
		return RouteRecount.of(this.jdbc, this.westBetuwe.id(), date);
	}

	private UUID kp4Client(LocalDate decided) {
		UUID client = this.westBetuwe.client(this.consultant).id();
		this.routes.decideProfile(this.consultant, client,
				new ProfileDecision(ClientProfile.KP4, decided, "Uitkomst screening", null));
		return client;
	}

	private HistoryEntry change(UUID client, Route route, LocalDate date, UUID corrects) {
		return this.routes.changeRoute(this.consultant, client,
				new RouteChange(route, date, "Gesprek", route == Route.REST ? date.plusMonths(12) : null, corrects));
	}

}

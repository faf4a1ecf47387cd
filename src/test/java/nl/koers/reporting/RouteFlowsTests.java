package nl.koers.reporting;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import nl.koers.Fixtures;
import nl.koers.Fixtures.Municipality;
import nl.koers.KoersTest;
import nl.koers.client.api.BenefitEnd;
import nl.koers.client.api.BenefitEndReason;
import nl.koers.client.api.BenefitPeriodView;
import nl.koers.client.api.Benefits;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.reporting.RouteFlows.FlowCount;
import nl.koers.route.api.ClientProfile;
import nl.koers.route.api.Handover;
import nl.koers.route.api.HistoryEntry;
import nl.koers.route.api.ProfileDecision;
import nl.koers.route.api.Route;
import nl.koers.route.api.RouteChange;
import nl.koers.route.api.Routes;
import nl.koers.system.InvalidFieldException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The flows report against a recount from the recorded history, for random histories with
 * route changes, handovers, profile changes, benefit ends and back-dated corrections.
 */
@KoersTest
class RouteFlowsTests {

	static final LocalDate FIRST = LocalDate.of(2021, 1, 4);

	@Autowired
	Fixtures fixtures;

	@Autowired
	Routes routes;

	@Autowired
	Benefits benefits;

	@Autowired
	RouteFlowService flows;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	Municipality municipality;

	CurrentUser consultant;

	@BeforeEach
	void setUp() {
		this.municipality = this.fixtures.municipality();
		this.consultant = this.municipality.user(Role.CONSULTANT);
	}

	@Test
	void flowsBalanceAndEqualARecountFromTheHistoryForRandomHistories() {
		Random random = new Random(20261203);
		for (int i = 0; i < 40; i++) {
			history(random);
		}
		for (int i = 0; i < 12; i++) {
			LocalDate from = FIRST.plusDays(random.nextInt(700));
			LocalDate until = from.plusDays(random.nextInt(400));
			RouteFlows found = this.flows.flows(this.municipality.id(), from, until);
			assertThat(counts(found.flows())).as("%s – %s", from, until).isEqualTo(recount(from, until));
			for (Route route : Route.values()) {
				long in = found.flows()
					.stream()
					.filter(flow -> flow.to().equals(route.name()))
					.mapToLong(FlowCount::count)
					.sum();
				long out = found.flows()
					.stream()
					.filter(flow -> flow.from().equals(route.name()))
					.mapToLong(FlowCount::count)
					.sum();
				assertThat(found.start().get(route) + in - out).as("%s %s – %s", route, from, until)
					.isEqualTo(found.end().get(route));
			}
		}
		assertThat(this.flows.flows(this.municipality.id(), FIRST.minusYears(1), LocalDate.now()).flows())
			.extracting(FlowCount::to)
			.contains("LEFT_HANDOVER", "LEFT_PROFILE", "LEFT_BENEFIT");
	}

	@Test
	void aBackDatedCorrectionMovesPastFlows() {
		UUID client = this.municipality.client(this.consultant).id();
		this.routes.decideProfile(this.consultant, client,
				new ProfileDecision(ClientProfile.KP4, FIRST, "Intake", null));
		HistoryEntry rest = this.routes.changeRoute(this.consultant, client,
				new RouteChange(Route.REST, FIRST.plusMonths(3), "Rust", FIRST.plusMonths(9), null));
		assertThat(counts(this.flows.flows(this.municipality.id(), FIRST, FIRST.plusMonths(4)).flows()))
			.containsEntry("INVESTIGATION>REST", 1L);

		this.routes.changeRoute(this.consultant, client,
				new RouteChange(Route.CARE_SUPPORT, FIRST.plusMonths(3), "Toch zorg", null, rest.id()));

		assertThat(counts(this.flows.flows(this.municipality.id(), FIRST, FIRST.plusMonths(4)).flows()))
			.doesNotContainKey("INVESTIGATION>REST")
			.containsEntry("INVESTIGATION>CARE_SUPPORT", 1L)
			.containsEntry("NEW>INVESTIGATION", 1L);
	}

	@Test
	void theApiGivesTheFlowsOfTheCallersMunicipalityWithSmallNumbersLeftOut() throws Exception {
		UUID client = this.municipality.client(this.consultant).id();
		this.routes.decideProfile(this.consultant, client,
				new ProfileDecision(ClientProfile.KP4, FIRST, "Intake", null));
		Municipality other = this.fixtures.municipality();
		CurrentUser elsewhere = other.user(Role.CONSULTANT);
		for (int i = 0; i < 6; i++) {
			this.routes.decideProfile(elsewhere, other.client(elsewhere).id(),
					new ProfileDecision(ClientProfile.KP4, FIRST, "Intake", null));
		}

		this.mvc
			.perform(get("/api/v1/reports/flows").param("from", "2021-01-01")
				.param("until", "2021-12-31")
				.with(user(this.municipality.user(Role.MANAGER))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.from").value("2021-01-01"))
			.andExpect(jsonPath("$.start.INVESTIGATION").value(0))
			.andExpect(jsonPath("$.flows[0].from").value("NEW"))
			.andExpect(jsonPath("$.flows[0].to").value("INVESTIGATION"))
			.andExpect(jsonPath("$.flows[0].count").doesNotExist())
			.andExpect(jsonPath("$.end.INVESTIGATION").doesNotExist())
			.andExpect(jsonPath("$.suppressed.length()").value(2))
			.andExpect(jsonPath("$.threshold").value(5));
		this.mvc
			.perform(get("/api/v1/reports/flows").param("from", "2021-01-01")
				.param("until", "2021-12-31")
				.with(user(other.user(Role.MANAGER))))
			.andExpect(jsonPath("$.flows[0].count").value(6))
			.andExpect(jsonPath("$.end.INVESTIGATION").value(6));
	}

	@Test
	void rolesWithoutManagementInformationGetNothing() throws Exception {
		for (Role role : List.of(Role.INSTITUTION_WORKER, Role.AUDITOR, Role.ADMINISTRATOR)) {
			this.mvc
				.perform(get("/api/v1/reports/flows").param("from", "2021-01-01")
					.param("until", "2021-12-31")
					.with(user(this.municipality.user(role))))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void thePageAndItsCsvShowTheFlowsWithoutNamesAndSaySmallNumbersAreLeftOut() throws Exception {
		UUID client = this.municipality.client(this.consultant, Fixtures.details().name("Geheim", "Persoonsnaam")).id();
		this.routes.decideProfile(this.consultant, client,
				new ProfileDecision(ClientProfile.KP4, FIRST, "Intake", null));
		CurrentUser manager = this.municipality.user(Role.MANAGER);

		String page = this.mvc
			.perform(get("/reports/flows").param("from", "2021-01-01").param("until", "2021-12-31").with(user(manager)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document document = Jsoup.parse(page);
		assertThat(document.select("#flow-NEW-INVESTIGATION").text()).isEqualTo("< 5");
		assertThat(document.select("#flow-INVESTIGATION-REST").text()).isEqualTo("0");
		assertThat(document.select("#balance-INVESTIGATION").text()).contains("In onderzoek 0 < 5 0 < 5");
		assertThat(page).doesNotContain("Persoonsnaam").contains("Aantallen onder de 5 zijn weggelaten");

		String csv = this.mvc.perform(
				get("/reports/flows.csv").param("from", "2021-01-01").param("until", "2021-12-31").with(user(manager)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains(";2021-01-01;2021-12-31;Nieuw in KP4;In onderzoek;< 5\r\n")
			.contains("Aantallen onder de 5 zijn weggelaten")
			.doesNotContain("Persoonsnaam");
		this.mvc.perform(get("/reports/flows").with(user(this.municipality.user(Role.INSTITUTION_WORKER))))
			.andExpect(status().isForbidden());
	}

	/**
	 * One client's history: KP4, a few route changes, perhaps a back-dated correction,
	 * and perhaps a way out.
	 */
	private void history(Random random) {
		UUID client = this.municipality.client(this.consultant).id();
		LocalDate day = FIRST.plusDays(random.nextInt(200));
		this.routes.decideProfile(this.consultant, client, new ProfileDecision(ClientProfile.KP4, day, "Intake", null));
		Route route = Route.INVESTIGATION;
		HistoryEntry last = null;
		for (int changes = random.nextInt(4); changes > 0; changes--) {
			day = day.plusDays(10 + random.nextInt(120));
			route = other(random, route);
			last = change(client, route, day, null);
		}
		if (last != null && random.nextInt(4) == 0) {
			route = other(random, route);
			change(client, route, last.effectiveDate().minusDays(random.nextInt(5)), last.id());
		}
		day = day.plusDays(10 + random.nextInt(200));
		switch (random.nextInt(4)) {
			case 0 -> {
				if (route != Route.TOWARDS_KP3) {
					change(client, Route.TOWARDS_KP3, day, null);
				}
				this.routes.handOver(this.consultant, client,
						new Handover(day.plusDays(30), "Werkbedrijf", "Klaar voor KP3", null));
			}
			case 1 -> this.routes.decideProfile(this.consultant, client,
					new ProfileDecision(ClientProfile.KP3, day, "Perspectief", null));
			case 2 -> {
				BenefitPeriodView period = this.benefits.periods(this.consultant, client).get(0);
				this.benefits.end(this.consultant, client, period.id(),
						new BenefitEnd(day, BenefitEndReason.WORK, period.version()));
			}
			default -> {
			}
		}
	}

	private HistoryEntry change(UUID client, Route route, LocalDate day, UUID corrects) {
		try {
			return this.routes.changeRoute(this.consultant, client,
					new RouteChange(route, day, "Wijziging", route == Route.REST ? day.plusMonths(6) : null, corrects));
		}
		catch (InvalidFieldException refused) {
			// a change that does not fit the history changes nothing
			return null;
		}
	}

	private static Route other(Random random, Route current) {
		Route next;
		do {
			next = Route.values()[random.nextInt(Route.values().length)];
		}
		while (next == current);
		return next;
	}

	private static Map<String, Long> counts(List<FlowCount> flows) {
		Map<String, Long> counts = new HashMap<>();
		flows.forEach(flow -> counts.put(flow.from() + ">" + flow.to(), flow.count()));
		return counts;
	}

	/**
	 * The flows counted straight from the route periods and events, as the migration
	 * counted the history before the report existed.
	 */
	private Map<String, Long> recount(LocalDate from, LocalDate until) {
		Map<String, Long> counts = new HashMap<>();
		this.jdbc
			.sql("""
					select source, target, count(*) as n from (
					    select p.valid_from as day, coalesce(previous.route, 'NEW') as source, p.route as target
					    from route_period p
					    left join route_period previous on previous.client_id = p.client_id and previous.valid_until = p.valid_from
					    where p.municipality_id = :municipality
					    union all
					    select p.valid_until, p.route,
					           case e.kind when 'HANDOVER' then 'LEFT_HANDOVER' when 'OUTFLOW' then 'LEFT_BENEFIT' else 'LEFT_PROFILE' end
					    from route_period p
					    left join lateral (
					        select x.kind from route_event x
					        where x.client_id = p.client_id and x.effective_date = p.valid_until
					          and x.kind in ('OUTFLOW', 'HANDOVER') and not x.withdrawn
					          and not exists (select 1 from route_event c where c.corrects_id = x.id)
					        order by x.kind limit 1) e on true
					    where p.municipality_id = :municipality and p.valid_until is not null
					      and not exists (select 1 from route_period n where n.client_id = p.client_id and n.valid_from = p.valid_until)
					) flows
					where day >= :from and day <= :until
					group by source, target""")
			.param("municipality", this.municipality.id())
			.param("from", from)
			.param("until", until)
			.query((rs, row) -> counts.put(rs.getString("source") + ">" + rs.getString("target"), rs.getLong("n")))
			.list();
		return counts;
	}

}

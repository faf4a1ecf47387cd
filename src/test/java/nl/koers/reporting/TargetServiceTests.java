package nl.koers.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.koers.Fixtures;
import nl.koers.Fixtures.Municipality;
import nl.koers.KoersTest;
import nl.koers.client.api.Outcome;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.referral.api.ReferralStarted;
import nl.koers.reporting.api.NewTarget;
import nl.koers.reporting.api.TargetMeasure;
import nl.koers.reporting.api.TargetUnit;
import nl.koers.route.api.ClientProfile;
import nl.koers.route.api.ProfileDecision;
import nl.koers.route.api.Route;
import nl.koers.route.api.RoutePeriod;
import nl.koers.route.api.RoutePeriod.Kp4Exit;
import nl.koers.route.api.RoutePeriodsChanged;
import nl.koers.route.api.Routes;
import nl.koers.system.InvalidFieldException;
import nl.koers.trajectory.api.TrajectoryEnded;
import nl.koers.trajectory.api.TrajectoryStarted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Targets against realisation on a fixed data set: ten KP4 clients from 2024-01-01, their
 * outcomes and engagements recorded as the trajectory and referral modules announce them.
 */
@KoersTest
class TargetServiceTests {

	static final LocalDate START = LocalDate.of(2024, 1, 1);

	static final LocalDate END = LocalDate.of(2027, 12, 31);

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Routes routes;

	@Autowired
	TargetService targets;

	@Autowired
	OutcomeFacts outcomes;

	@Autowired
	EngagementPeriods engagements;

	Municipality municipality;

	CurrentUser manager;

	List<UUID> clients = new ArrayList<>();

	@BeforeEach
	void setUp() {
		this.municipality = this.fixtures.municipality();
		this.manager = this.municipality.user(Role.MANAGER);
		CurrentUser consultant = this.municipality.user(Role.CONSULTANT);
		for (int i = 0; i < 10; i++) {
			UUID client = this.municipality.client(consultant, Fixtures.details().name("Geheim", "Doelnaam")).id();
			this.routes.decideProfile(consultant, client,
					new ProfileDecision(ClientProfile.KP4, START, "Intake", null));
			this.clients.add(client);
		}
	}

	@Test
	void paidWorkCountsEachClientOnceWithinThePeriodAsAShareOfTheStockOnItsFirstDay() {
		UUID target = set(TargetMeasure.PAID_WORK, "30", null, null);
		ended(0, LocalDate.of(2023, 12, 31), Outcome.PAID_WORK);
		for (int i = 1; i <= 6; i++) {
			ended(i, LocalDate.of(2024, 6, 1), Outcome.PAID_WORK);
		}
		ended(1, LocalDate.of(2024, 9, 1), Outcome.PAID_WORK);
		ended(7, LocalDate.of(2024, 6, 1), Outcome.SOCIAL_ACTIVATION);

		TargetRealisation before = only(LocalDate.of(2024, 5, 31), target);
		TargetRealisation after = only(LocalDate.of(2024, 12, 31), target);

		assertThat(before.reached()).isZero();
		assertThat(before.realised()).isEqualByComparingTo("0");
		assertThat(after.reached()).isEqualTo(6);
		assertThat(after.base()).isEqualTo(10);
		assertThat(after.realised()).isEqualByComparingTo("60.0");
		assertThat(after.expected()).isEqualByComparingTo("7.5");
		assertThat(after.onTrack()).isTrue();
	}

	@Test
	void aRoutePeriodsOutcomeCountsAndACorrectionTakesItAlong() {
		UUID target = set(TargetMeasure.PAID_WORK, "30", null, null);
		RoutePeriod left = new RoutePeriod(Route.INVESTIGATION, START, LocalDate.of(2024, 5, 1), Kp4Exit.BENEFIT,
				Outcome.PAID_WORK);
		for (int i = 0; i < 5; i++) {
			this.outcomes.on(new RoutePeriodsChanged(this.clients.get(i), this.municipality.id(),
					List.of(new RoutePeriod(Route.INVESTIGATION, START, null)), List.of(left)));
		}
		assertThat(only(LocalDate.of(2024, 6, 1), target).reached()).isEqualTo(5);

		this.outcomes.on(new RoutePeriodsChanged(this.clients.get(0), this.municipality.id(), List.of(left),
				List.of(new RoutePeriod(Route.INVESTIGATION, START, null))));

		assertThat(only(LocalDate.of(2024, 6, 1), target).reached()).isNull();
	}

	@Test
	void socialActivationCountsVolunteerWorkToo() {
		UUID target = set(TargetMeasure.SOCIAL_ACTIVATION, "33.3", null, null);
		for (int i = 0; i < 3; i++) {
			ended(i, LocalDate.of(2024, 3, 1), Outcome.SOCIAL_ACTIVATION);
		}
		for (int i = 3; i < 5; i++) {
			ended(i, LocalDate.of(2024, 3, 1), Outcome.VOLUNTEER_WORK);
		}
		ended(5, LocalDate.of(2024, 3, 1), Outcome.DAY_ACTIVITIES);

		assertThat(only(LocalDate.of(2024, 4, 1), target).reached()).isEqualTo(5);
	}

	@Test
	void inTrajectoryOrGuidanceCountsEachClientOnceOnTheDate() {
		UUID target = set(TargetMeasure.IN_TRAJECTORY_OR_GUIDANCE, "100", null, null);
		List<UUID> trajectories = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			UUID trajectory = UUID.randomUUID();
			trajectories.add(trajectory);
			this.engagements.on(new TrajectoryStarted(trajectory, this.clients.get(i), this.municipality.id(),
					LocalDate.of(2024, 2, 1)));
		}
		this.engagements.on(new ReferralStarted(UUID.randomUUID(), this.clients.get(0), this.municipality.id(),
				LocalDate.of(2024, 2, 1)));
		this.engagements.on(new TrajectoryEnded(trajectories.get(5), this.clients.get(5), this.municipality.id(),
				LocalDate.of(2024, 3, 1), Outcome.NO_CHANGE));

		TargetRealisation february = only(LocalDate.of(2024, 2, 15), target);
		TargetRealisation march = only(LocalDate.of(2024, 3, 1), target);

		assertThat(february.reached()).isEqualTo(6);
		assertThat(february.realised()).isEqualByComparingTo("60.0");
		assertThat(february.expected()).isEqualByComparingTo("100");
		assertThat(february.onTrack()).isFalse();
		assertThat(march.reached()).isEqualTo(5);
	}

	@Test
	void timeInRouteCountsTheClientsOnTheRouteLongerThanTheMaximum() {
		UUID target = set(TargetMeasure.TIME_IN_ROUTE, "10", Route.INVESTIGATION, 90);

		TargetRealisation early = only(LocalDate.of(2024, 3, 1), target);
		TargetRealisation late = only(LocalDate.of(2024, 6, 1), target);

		assertThat(early.reached()).isZero();
		assertThat(early.onTrack()).isTrue();
		assertThat(late.reached()).isEqualTo(10);
		assertThat(late.base()).isEqualTo(10);
		assertThat(late.realised()).isEqualByComparingTo("100.0");
		assertThat(late.onTrack()).isFalse();
	}

	@Test
	void countsBelowTheThresholdAreLeftOutWithTheShareTheyWouldGiveAway() {
		UUID target = set(TargetMeasure.PAID_WORK, "30", null, null);
		for (int i = 0; i < 3; i++) {
			ended(i, LocalDate.of(2024, 6, 1), Outcome.PAID_WORK);
		}

		TargetRealisation realisation = only(LocalDate.of(2024, 12, 31), target);

		assertThat(realisation.reached()).isNull();
		assertThat(realisation.realised()).isNull();
		assertThat(realisation.onTrack()).isNull();
		assertThat(realisation.expected()).isNotNull();
	}

	@Test
	void theLineOverTimeRunsFromTheFirstDayMonthlyToTheDate() {
		UUID target = set(TargetMeasure.PAID_WORK, "30", null, null);

		List<TargetRealisation> series = this.targets.lines(this.manager, LocalDate.of(2024, 6, 15))
			.stream()
			.filter(line -> line.get(0).target().id().equals(target))
			.findFirst()
			.orElseThrow();

		assertThat(series).extracting(TargetRealisation::date)
			.containsExactly(START, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 1),
					LocalDate.of(2024, 5, 1), LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 15));
	}

	@Test
	void aTargetIsRefusedWhenItsValuesDoNotFitTheMeasure() {
		assertThatThrownBy(() -> this.targets.set(this.manager,
				new NewTarget(TargetMeasure.PAID_WORK, TargetUnit.PERCENT, new BigDecimal("101"), null, null, START,
						END)))
			.isInstanceOfSatisfying(InvalidFieldException.class, ex -> assertThat(ex.field()).isEqualTo("value"));
		assertThatThrownBy(() -> this.targets.set(this.manager,
				new NewTarget(TargetMeasure.TIME_IN_ROUTE, TargetUnit.PERCENT, BigDecimal.TEN, null, 90, START, END)))
			.isInstanceOfSatisfying(InvalidFieldException.class, ex -> assertThat(ex.field()).isEqualTo("route"));
		assertThatThrownBy(() -> this.targets.set(this.manager,
				new NewTarget(TargetMeasure.PAID_WORK, TargetUnit.PERCENT, BigDecimal.TEN, null, null, END, START)))
			.isInstanceOfSatisfying(InvalidFieldException.class, ex -> assertThat(ex.field()).isEqualTo("until"));
	}

	@Test
	void onlyManagersSetTargets() {
		CurrentUser coordinator = this.municipality.user(Role.COORDINATOR);
		assertThatThrownBy(() -> this.targets.set(coordinator,
				new NewTarget(TargetMeasure.PAID_WORK, TargetUnit.PERCENT, BigDecimal.TEN, null, null, START, END)))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void theApiAnswersEachTargetWithItsDefinitionRealisationAndTarget() throws Exception {
		set(TargetMeasure.PAID_WORK, "30", null, null);
		for (int i = 0; i < 6; i++) {
			ended(i, LocalDate.of(2024, 6, 1), Outcome.PAID_WORK);
		}
		this.mvc.perform(get("/api/v1/reports/targets").param("date", "2024-12-31").with(user(this.manager)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.date").value("2024-12-31"))
			.andExpect(jsonPath("$.targets", hasSize(1)))
			.andExpect(jsonPath("$.targets[0].measure").value("PAID_WORK"))
			.andExpect(jsonPath("$.targets[0].definition").value(containsString("betaald werk")))
			.andExpect(jsonPath("$.targets[0].target").value(30.0))
			.andExpect(jsonPath("$.targets[0].realised").value(60.0))
			.andExpect(jsonPath("$.targets[0].reached").value(6))
			.andExpect(jsonPath("$.targets[0].base").value(10));
	}

	@Test
	void anotherMunicipalitySeesNoneOfTheseTargets() throws Exception {
		set(TargetMeasure.PAID_WORK, "30", null, null);
		CurrentUser other = this.fixtures.municipality().user(Role.MANAGER);
		this.mvc.perform(get("/api/v1/reports/targets").param("date", "2024-12-31").with(user(other)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.targets", hasSize(0)));
		assertThat(this.targets.on(other, LocalDate.of(2024, 12, 31))).isEmpty();
	}

	@Test
	void theManagerSetsAndWithdrawsATargetOnThePage() throws Exception {
		this.mvc
			.perform(post("/reports/targets").with(user(this.manager))
				.with(csrf())
				.param("measure", "PAID_WORK")
				.param("unit", "PERCENT")
				.param("value", "33,3")
				.param("from", "2024-01-01")
				.param("until", "2027-12-31"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/reports/targets"));
		TargetRealisation set = this.targets.on(this.manager, LocalDate.of(2024, 6, 1)).get(0);
		assertThat(set.target().value()).isEqualByComparingTo("33.3");

		this.mvc
			.perform(post("/reports/targets/{id}/withdraw", set.target().id()).with(user(this.manager)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.targets.on(this.manager, LocalDate.of(2024, 6, 1))).isEmpty();
	}

	@Test
	void usersWithoutTheRightGetNothing() throws Exception {
		set(TargetMeasure.PAID_WORK, "30", null, null);
		CurrentUser consultant = this.municipality.user(Role.CONSULTANT);
		CurrentUser institution = this.municipality.user(Role.INSTITUTION_WORKER);
		CurrentUser administrator = this.municipality.user(Role.ADMINISTRATOR);
		this.mvc
			.perform(post("/reports/targets").with(user(consultant))
				.with(csrf())
				.param("measure", "PAID_WORK")
				.param("unit", "PERCENT")
				.param("value", "10")
				.param("from", "2024-01-01")
				.param("until", "2027-12-31"))
			.andExpect(status().isForbidden());
		for (CurrentUser user : List.of(institution, administrator)) {
			this.mvc.perform(get("/reports/targets").with(user(user))).andExpect(status().isForbidden());
			this.mvc.perform(get("/reports").with(user(user))).andExpect(status().isForbidden());
			this.mvc.perform(get("/api/v1/reports/targets").param("date", "2024-12-31").with(user(user)))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void managersStartOnTheOverviewWithTargetsAndNoNames() throws Exception {
		set(TargetMeasure.PAID_WORK, "30", null, null);
		this.mvc.perform(get("/").with(user(this.manager))).andExpect(redirectedUrl("/reports"));
		this.mvc.perform(get("/reports").with(user(this.manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Naar betaald werk")))
			.andExpect(content().string(containsString("<svg")))
			.andExpect(content().string(not(containsString("Doelnaam"))));
		this.mvc.perform(get("/reports/targets").with(user(this.manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Naar betaald werk")))
			.andExpect(content().string(not(containsString("Doelnaam"))));
	}

	@Test
	void contractManagersStartOnTheOverviewWithThePlacesAndTheirLinks() throws Exception {
		CurrentUser contractManager = this.municipality.user(Role.CONTRACT_MANAGER);
		this.mvc.perform(get("/").with(user(contractManager))).andExpect(redirectedUrl("/reports"));
		this.mvc.perform(get("/reports").with(user(contractManager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("tile-places")))
			.andExpect(content().string(containsString("/contracts/monitoring")))
			.andExpect(content().string(not(containsString("Doelnaam"))));
	}

	@Test
	void consultantsKeepTheirWorklistAsHome() throws Exception {
		CurrentUser consultant = this.municipality.user(Role.CONSULTANT);
		this.mvc.perform(get("/").with(user(consultant))).andExpect(redirectedUrl("/worklist"));
	}

	private UUID set(TargetMeasure measure, String value, Route route, Integer maxDays) {
		return this.targets.set(this.manager,
				new NewTarget(measure, TargetUnit.PERCENT, new BigDecimal(value), route, maxDays, START, END));
	}

	private void ended(int client, LocalDate on, Outcome outcome) {
		this.outcomes
			.on(new TrajectoryEnded(UUID.randomUUID(), this.clients.get(client), this.municipality.id(), on, outcome));
	}

	private TargetRealisation only(LocalDate date, UUID target) {
		return this.targets.on(this.manager, date)
			.stream()
			.filter(realisation -> realisation.target().id().equals(target))
			.findFirst()
			.orElseThrow();
	}

}

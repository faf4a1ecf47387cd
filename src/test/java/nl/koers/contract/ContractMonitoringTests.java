package nl.koers.contract;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.koers.KoersTest;
import nl.koers.client.api.Outcome;
import nl.koers.contract.api.ContractView;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.NotFoundException;
import nl.koers.trajectory.TrajectoryWorld;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

@KoersTest
class ContractMonitoringTests {

	static final LocalDate PAST_MAXIMUM = LocalDate.of(2007, 7, 2);

	@Autowired
	ApplicationContext context;

	@Autowired
	ContractMonitoringService monitoring;

	@Autowired
	JdbcClient jdbc;

	MonitoringScenario scenario;

	@BeforeEach
	void setUp() {
		this.scenario = new MonitoringScenario(this.context);
	}

	@Test
	void countsPlacesWaitingRunningAndOutcomesOfAContract() {
		MonitoringFigures figures = contract(figures(PAST_MAXIMUM), this.scenario.contractA).figures();
		assertThat(figures.places()).isEqualTo(5);
		assertThat(figures.used()).isEqualTo(4);
		assertThat(figures.left()).isEqualTo(1);
		assertThat(figures.waiting()).isEqualTo(1);
		assertThat(figures.running()).isEqualTo(1);
		assertThat(figures.overdue()).isEqualTo(1);
		assertThat(figures.endingSoon()).isZero();
		assertThat(figures.ended()).isEqualTo(2);
		assertThat(figures.outcomes()).contains(entry(Outcome.PAID_WORK, 1), entry(Outcome.DROPPED_OUT, 1),
				entry(Outcome.SOCIAL_ACTIVATION, 0));
		assertThat(figures.dropouts()).isEqualTo(1);
		assertThat(figures.withdrawn()).isEqualTo(1);
		assertThat(figures.declined()).isZero();
		assertThat(figures.notApproved()).isZero();
		assertThat(figures.inAftercare()).isZero();
		// (180 + 89) / 2 = 134.5 days
		assertThat(figures.averageDurationDays()).isEqualTo(135);
		assertThat(figures.committed()).isEqualByComparingTo("21420.00");
		assertThat(figures.spent()).isEqualByComparingTo("0");
		assertThat(figures.costPerOutcome()).isEqualByComparingTo("21420.00");
	}

	@Test
	void aTrajectoryNearsItsMaximumWithinTheWarningDaysAndIsOverdueFromIt() {
		MonitoringFigures soon = contract(figures(LocalDate.of(2007, 5, 15)), this.scenario.contractA).figures();
		assertThat(soon.endingSoon()).isEqualTo(1);
		assertThat(soon.overdue()).isZero();
		MonitoringFigures before = contract(figures(LocalDate.of(2007, 5, 2)), this.scenario.contractA).figures();
		assertThat(before.endingSoon()).isZero();
		assertThat(before.running()).isEqualTo(1);
	}

	@Test
	void anEarlierReferenceDateGivesTheEarlierPicture() {
		MonitoringFigures midway = contract(figures(LocalDate.of(2006, 6, 1)), this.scenario.contractA).figures();
		assertThat(midway.running()).isEqualTo(2);
		assertThat(midway.ended()).isEqualTo(1);
		assertThat(midway.dropouts()).isEqualTo(1);
		assertThat(midway.inAftercare()).isEqualTo(1);
		assertThat(midway.averageDurationDays()).isEqualTo(89);
		assertThat(midway.costPerOutcome()).isNull();

		MonitoringFigures beforeNominations = contract(figures(LocalDate.of(2005, 11, 15)), this.scenario.contractA)
			.figures();
		assertThat(beforeNominations.used()).isZero();
		assertThat(beforeNominations.left()).isEqualTo(5);
		assertThat(beforeNominations.waiting()).isZero();
		assertThat(beforeNominations.withdrawn()).isZero();
		assertThat(beforeNominations.averageDurationDays()).isNull();

		MonitoringFigures beforeTheWithdrawal = contract(figures(LocalDate.of(2005, 12, 10)), this.scenario.contractA)
			.figures();
		assertThat(beforeTheWithdrawal.used()).isEqualTo(5);
		assertThat(beforeTheWithdrawal.waiting()).isEqualTo(5);
		assertThat(beforeTheWithdrawal.withdrawn()).isZero();

		MonitoringFigures waitingForStart = contract(figures(LocalDate.of(2005, 12, 20)), this.scenario.contractA)
			.figures();
		assertThat(waitingForStart.withdrawn()).isEqualTo(1);
		assertThat(waitingForStart.used()).isEqualTo(4);
		assertThat(waitingForStart.waiting()).isEqualTo(4);
		assertThat(waitingForStart.running()).isZero();
	}

	@Test
	void providersAreShownSideBySideWithTheSumsOfTheirContracts() {
		Monitoring monitoring = figures(PAST_MAXIMUM);
		assertThat(monitoring.date()).isEqualTo(PAST_MAXIMUM);
		assertThat(monitoring.providers()).extracting(ProviderFigures::providerName)
			.containsExactly("Activeringsbureau De Brug", "Re-integratie Noord");

		ProviderFigures brug = monitoring.providers().get(0);
		assertThat(brug.contracts()).isEqualTo(2);
		assertThat(brug.figures().places()).isEqualTo(7);
		assertThat(brug.figures().used()).isEqualTo(5);
		assertThat(brug.figures().left()).isEqualTo(2);
		assertThat(brug.figures().waiting()).isEqualTo(2);
		assertThat(brug.figures().overdue()).isEqualTo(1);
		assertThat(brug.figures().averageDurationDays()).isEqualTo(135);
		assertThat(brug.figures().committed()).isEqualByComparingTo("26775.00");
		assertThat(brug.figures().costPerOutcome()).isEqualByComparingTo("26775.00");

		ProviderFigures noord = monitoring.providers().get(1);
		assertThat(noord.contracts()).isEqualTo(1);
		assertThat(noord.figures().used()).isEqualTo(2);
		assertThat(noord.figures().running()).isEqualTo(1);
		assertThat(noord.figures().overdue()).isZero();
		assertThat(noord.figures().outcomes()).contains(entry(Outcome.SOCIAL_ACTIVATION, 1));
		assertThat(noord.figures().averageDurationDays()).isEqualTo(184);
		assertThat(noord.figures().committed()).isEqualByComparingTo("10710.00");
		assertThat(noord.figures().costPerOutcome()).isEqualByComparingTo("10710.00");

		MonitoringFigures quiet = contract(monitoring, this.scenario.contractA2).figures();
		assertThat(quiet.costPerOutcome()).isNull();
		assertThat(quiet.averageDurationDays()).isNull();
	}

	@Test
	void theDateDefaultsToToday() {
		assertThat(this.monitoring.monitoring(this.scenario.world.manager, null).date())
			.isEqualTo(LocalDate.now(this.context.getBean(Clock.class)));
	}

	@Test
	void onlyContractManagersAndManagersMonitor() {
		for (CurrentUser user : List.of(this.scenario.world.consultant, this.scenario.world.coordinator,
				this.scenario.world.worker)) {
			assertThatThrownBy(() -> this.monitoring.monitoring(user, PAST_MAXIMUM))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> this.monitoring.overdue(user, this.scenario.contractA.id(), PAST_MAXIMUM))
				.isInstanceOf(AccessDeniedException.class);
		}
		assertThat(this.monitoring.monitoring(this.scenario.world.contractManager, PAST_MAXIMUM).contracts())
			.hasSize(3);
	}

	@Test
	void anotherMunicipalitysContractsNeverAppear() {
		TrajectoryWorld other = new TrajectoryWorld(this.context);
		other.delftBudget();
		ContractView theirs = other.contract(other.delft());

		assertThat(figures(PAST_MAXIMUM).contracts()).extracting(ContractFigures::id)
			.containsExactly(this.scenario.contractA.id(), this.scenario.contractA2.id(), this.scenario.contractB.id())
			.doesNotContain(theirs.id());
		Monitoring theirFigures = this.monitoring.monitoring(other.manager, PAST_MAXIMUM);
		assertThat(theirFigures.contracts()).extracting(ContractFigures::id).containsExactly(theirs.id());
		assertThat(theirFigures.providers()).extracting(ProviderFigures::providerId).containsExactly(other.provider);
		assertThatThrownBy(() -> this.monitoring.overdue(other.manager, this.scenario.contractA.id(), PAST_MAXIMUM))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void theOverdueListNamesNoClientAndIsLogged() {
		CurrentUser manager = this.scenario.world.contractManager;
		List<OverdueTrajectory> overdue = this.monitoring.overdue(manager, this.scenario.contractA.id(), PAST_MAXIMUM);

		assertThat(overdue).singleElement().satisfies(trajectory -> {
			assertThat(trajectory.startedOn()).isEqualTo(MonitoringScenario.START);
			assertThat(trajectory.maximumEnd()).isEqualTo(PAST_MAXIMUM);
			assertThat(trajectory.overdue()).isTrue();
			assertThat(trajectory.phaseName()).isEqualTo("Intake en oriëntatie");
			assertThat(trajectory.monthsRunning()).isEqualTo(18);
			assertThat(trajectory.nominatedByName()).isEqualTo(this.scenario.world.consultant.displayName());
		});
		assertThat(this.jdbc.sql("select client_id from access_log_entry where user_id = ? and action = 'LIST'")
			.param(manager.id())
			.query(UUID.class)
			.list()).containsExactly(this.scenario.runningClient);

		assertThat(this.monitoring.overdue(manager, this.scenario.contractA.id(), LocalDate.of(2007, 5, 15)))
			.singleElement()
			.satisfies(trajectory -> assertThat(trajectory.overdue()).isFalse());
		assertThat(this.monitoring.overdue(manager, this.scenario.contractB.id(), PAST_MAXIMUM)).isEmpty();
	}

	private Monitoring figures(LocalDate date) {
		return this.monitoring.monitoring(this.scenario.world.manager, date);
	}

	private static ContractFigures contract(Monitoring monitoring, ContractView contract) {
		return monitoring.contracts()
			.stream()
			.filter(figures -> figures.id().equals(contract.id()))
			.findFirst()
			.orElseThrow();
	}

}

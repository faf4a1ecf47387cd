package nl.koers.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.koers.budget.api.BudgetEntry;
import nl.koers.budget.api.SourceBudgets;
import nl.koers.client.api.ClientAccess;
import nl.koers.client.api.ClientRef;
import nl.koers.client.api.Outcome;
import nl.koers.consent.api.DataCategory;
import nl.koers.consent.api.NewConsent;
import nl.koers.consent.api.NewSharingAgreement;
import nl.koers.consent.api.Sharing;
import nl.koers.contract.api.ContractTerms;
import nl.koers.contract.api.ContractView;
import nl.koers.contract.api.Contracts;
import nl.koers.contract.api.PaymentLine;
import nl.koers.contract.api.ScheduleKind;
import nl.koers.identity.api.Accounts;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.NewUser;
import nl.koers.identity.api.Role;
import nl.koers.referral.api.NewReferral;
import nl.koers.referral.api.ReferralStatus;
import nl.koers.referral.api.ReferralStatusChange;
import nl.koers.referral.api.Referrals;
import nl.koers.route.api.Routes;
import nl.koers.socialmap.api.MapEntries;
import nl.koers.socialmap.api.NewLocation;
import nl.koers.socialmap.api.NewOrganisation;
import nl.koers.socialmap.api.NewService;
import nl.koers.socialmap.api.OrganisationKind;
import nl.koers.socialmap.api.ServiceCategory;
import nl.koers.socialmap.api.SocialMap;
import nl.koers.trajectory.api.Nomination;
import nl.koers.trajectory.api.Nominations;
import nl.koers.trajectory.api.ProviderAnswer;
import nl.koers.trajectory.api.Trajectories;
import nl.koers.trajectory.api.TrajectoryEnd;
import nl.koers.trajectory.api.TrajectoryStart;

import org.springframework.context.annotation.Conditional;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Delft's outcomes, so that its targets (a third to work, a third to social activation)
 * show realisation: an activation provider on Delft's social map with its worker
 * ({@code delft-instelling}), a participation budget for the last three years, a contract
 * whose ten trajectories of the last two years ended with varied outcomes (three to paid
 * work, three to social activation, volunteer work, day activities, education, one
 * dropout) and one that runs, eight referrals to the provider that ended with their
 * outcome and five that run (guidance). All names are invented.
 */
@Component
@Conditional(DemoEnabledCondition.class)
class DemoOutcomes implements DemoStep {

	/**
	 * The username of Delft's demo provider worker.
	 */
	static final String DELFT_WORKER = "delft-instelling";

	private static final int RUNNING_REFERRALS = 5;

	private static final String PARTICIPATION = "Participatiebudget";

	private static final List<Outcome> TRAJECTORY_OUTCOMES = List.of(Outcome.PAID_WORK, Outcome.SOCIAL_ACTIVATION,
			Outcome.VOLUNTEER_WORK, Outcome.PAID_WORK, Outcome.SOCIAL_ACTIVATION, Outcome.DAY_ACTIVITIES,
			Outcome.PAID_WORK, Outcome.EDUCATION, Outcome.DROPPED_OUT, Outcome.SOCIAL_ACTIVATION);

	private static final List<Outcome> REFERRAL_OUTCOMES = List.of(Outcome.PAID_WORK, Outcome.VOLUNTEER_WORK,
			Outcome.SOCIAL_ACTIVATION, Outcome.CARE, Outcome.SOCIAL_ACTIVATION, Outcome.NO_CHANGE, Outcome.PAID_WORK,
			Outcome.MOVED);

	private final SocialMap map;

	private final Accounts accounts;

	private final UserDetailsService users;

	private final SourceBudgets budgets;

	private final Contracts contracts;

	private final Nominations nominations;

	private final Trajectories trajectories;

	private final Referrals referrals;

	private final Sharing sharing;

	private final ClientAccess clients;

	private final Routes routes;

	private final Clock clock;

	DemoOutcomes(SocialMap map, Accounts accounts, UserDetailsService users, SourceBudgets budgets, Contracts contracts,
			Nominations nominations, Trajectories trajectories, Referrals referrals, Sharing sharing,
			ClientAccess clients, Routes routes, Clock clock) {
		this.map = map;
		this.accounts = accounts;
		this.users = users;
		this.budgets = budgets;
		this.contracts = contracts;
		this.nominations = nominations;
		this.trajectories = trajectories;
		this.referrals = referrals;
		this.sharing = sharing;
		this.clients = clients;
		this.routes = routes;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 110;
	}

	@Override
	public void load(DemoWorld world) {
		LocalDate today = LocalDate.now(this.clock);
		CurrentUser consultant = world.actor("delft-consulent");
		CurrentUser keeper = new CurrentUser(UUID.randomUUID(), "demo", "Demo", world.delft(), null,
				Set.of(Role.COORDINATOR), true, false, null);
		UUID provider = this.map
			.create(keeper,
					new NewOrganisation("Werkplaats Delft (demo)", OrganisationKind.PROVIDER,
							"Activering, werkervaring en vrijwilligerswerk in Delft.", null, null, null,
							today.minusMonths(2), null))
			.id();
		this.map.addLocation(keeper, provider, new NewLocation(null, null, null, "Delft"));
		MapEntries.Service service = this.map.addService(keeper, provider, new NewService("Activering en werkervaring",
				ServiceCategory.SOCIAL_ACTIVATION, null, null, today.minusMonths(2)));
		this.accounts.createUser(new NewUser(world.delft(), provider, DELFT_WORKER, "Ivo Instelling Delft",
				DemoData.PASSWORD, Set.of(Role.INSTITUTION_WORKER)));
		CurrentUser worker = (CurrentUser) this.users.loadUserByUsername(DELFT_WORKER);
		Iterator<UUID> caseload = this.clients.caseload(consultant).stream().sorted().iterator();
		List<UUID> used = trajectories(world.actor("delft-contractbeheer"), consultant, worker, provider, caseload,
				today);
		referrals(keeper, consultant, worker, provider, service.id(), caseload, used, today);
	}

	/**
	 * Ten trajectories nominated every two months from two years ago, each ended five
	 * months after its start, and one running; answers the clients who got one.
	 */
	private List<UUID> trajectories(CurrentUser contractManager, CurrentUser consultant, CurrentUser worker,
			UUID provider, Iterator<UUID> caseload, LocalDate today) {
		int year = today.getYear();
		for (int budgetYear = year - 2; budgetYear <= year; budgetYear++) {
			this.budgets.create(contractManager, new BudgetEntry(PARTICIPATION, budgetYear, new BigDecimal("180000.00"),
					null, null, "Activering van KP4-klanten.", null));
		}
		ContractView contract = this.contracts.create(contractManager,
				new ContractTerms(provider, "Activering Delft", null, 15, new BigDecimal("3000.00"), PARTICIPATION,
						ScheduleKind.YEARS,
						List.of(new PaymentLine(year - 2, null, new BigDecimal("30")),
								new PaymentLine(year - 1, null, new BigDecimal("40")),
								new PaymentLine(year, null, new BigDecimal("30"))),
						LocalDate.of(year - 2, 1, 1), LocalDate.of(year, 12, 31), 12, 0, null,
						List.of("Intake", "Activering", "Doorstroom"), null, null, null, Set.of(), false, null));
		List<UUID> used = new ArrayList<>();
		for (int i = 0; i < TRAJECTORY_OUTCOMES.size(); i++) {
			LocalDate nominated = today.minusMonths(24 - 2L * i);
			UUID id = nominate(consultant, worker, contract, provider, caseload, nominated, used);
			LocalDate started = nominated.plusWeeks(2);
			this.trajectories.start(worker, id, new TrajectoryStart(started, null));
			Outcome outcome = TRAJECTORY_OUTCOMES.get(i);
			this.trajectories.end(worker, id, new TrajectoryEnd(outcome, started.plusMonths(5),
					outcome.movedOn() ? null : "Gestopt om gezondheidsredenen.", null));
		}
		LocalDate nominated = today.minusMonths(3);
		UUID running = nominate(consultant, worker, contract, provider, caseload, nominated, used);
		this.trajectories.start(worker, running, new TrajectoryStart(nominated.plusWeeks(2), null));
		return used;
	}

	private UUID nominate(CurrentUser consultant, CurrentUser worker, ContractView contract, UUID provider,
			Iterator<UUID> caseload, LocalDate day, List<UUID> used) {
		UUID client = next(consultant, caseload, day);
		used.add(client);
		this.sharing.recordConsent(consultant, client,
				new NewConsent(provider, Set.of(DataCategory.IDENTITY, DataCategory.ROUTE), day, null));
		UUID id = this.nominations
			.nominate(consultant, client,
					new Nomination(contract.id(), day, "Wil werken aan dagritme en werkervaring."))
			.id();
		this.trajectories.answer(worker, id, new ProviderAnswer(true, day.plusWeeks(1), null, null));
		return id;
	}

	/**
	 * The next client of the caseload who is on a KP4 route on the day (the contract has
	 * no other target group); checked here, because a refused nomination would mark the
	 * demo's single transaction for rollback.
	 */
	private UUID next(CurrentUser consultant, Iterator<UUID> caseload, LocalDate day) {
		while (caseload.hasNext()) {
			ClientRef client = this.clients.read(consultant, caseload.next());
			if (this.routes.routeOn(client.id(), day).isPresent()) {
				return client.id();
			}
		}
		throw new IllegalStateException("no Delft demo client is KP4 on " + day);
	}

	/**
	 * Referrals of other clients to the provider's activation, under an agreement and the
	 * client's consent, that started and ended with their outcome.
	 */
	private void referrals(CurrentUser keeper, CurrentUser consultant, CurrentUser worker, UUID provider, UUID service,
			Iterator<UUID> caseload, List<UUID> used, LocalDate today) {
		this.sharing.recordAgreement(keeper, provider,
				new NewSharingAgreement(
						Set.of(DataCategory.IDENTITY, DataCategory.CONTACT_DETAILS, DataCategory.ROUTE,
								DataCategory.ASSESSMENT_SCORES),
						"Convenant activering Delft", "Afstemming van activering en begeleiding", today.minusYears(2),
						null));
		for (Outcome outcome : REFERRAL_OUTCOMES) {
			UUID referral = startReferral(consultant, worker, provider, service, next(caseload, used), today);
			this.referrals.changeStatus(worker, referral, new ReferralStatusChange(ReferralStatus.ENDED,
					outcome == Outcome.NO_CHANGE ? "Kwam na de intake niet meer." : null, outcome, null));
		}
		for (int i = 0; i < RUNNING_REFERRALS; i++) {
			startReferral(consultant, worker, provider, service, next(caseload, used), today);
		}
	}

	/**
	 * A referral of the client to the provider's activation under their consent, sent,
	 * accepted and started: the client is in guidance.
	 */
	private UUID startReferral(CurrentUser consultant, CurrentUser worker, UUID provider, UUID service, UUID client,
			LocalDate today) {
		this.sharing.recordConsent(consultant, client,
				new NewConsent(provider, Set.of(DataCategory.IDENTITY, DataCategory.CONTACT_DETAILS, DataCategory.ROUTE,
						DataCategory.ASSESSMENT_SCORES), today.minusMonths(6), null));
		UUID referral = this.referrals
			.propose(consultant, client,
					new NewReferral(service, "Wil graag onder de mensen komen en iets doen.", null))
			.id();
		this.referrals.changeStatus(consultant, referral,
				new ReferralStatusChange(ReferralStatus.SENT, null, null, null));
		this.referrals.changeStatus(worker, referral,
				new ReferralStatusChange(ReferralStatus.ACCEPTED, null, null, null));
		this.referrals.changeStatus(worker, referral,
				new ReferralStatusChange(ReferralStatus.STARTED, null, null, null));
		return referral;
	}

	private static UUID next(Iterator<UUID> caseload, List<UUID> used) {
		UUID client = caseload.hasNext() ? caseload.next() : null;
		if (client == null || used.contains(client)) {
			throw new IllegalStateException("too few Delft demo clients for the referrals");
		}
		return client;
	}

}

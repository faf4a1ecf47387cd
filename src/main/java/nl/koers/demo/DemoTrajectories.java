package nl.koers.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.koers.budget.api.BudgetEntry;
import nl.koers.budget.api.NewPayment;
import nl.koers.budget.api.SourceBudgets;
import nl.koers.client.api.ClientAccess;
import nl.koers.client.api.ClientRef;
import nl.koers.client.api.Outcome;
import nl.koers.consent.api.DataCategory;
import nl.koers.consent.api.NewConsent;
import nl.koers.consent.api.Sharing;
import nl.koers.contract.api.ContractTerms;
import nl.koers.contract.api.ContractView;
import nl.koers.contract.api.Contracts;
import nl.koers.contract.api.PaymentLine;
import nl.koers.contract.api.ScheduleKind;
import nl.koers.identity.api.CurrentUser;
import nl.koers.route.api.Routes;
import nl.koers.trajectory.api.Nomination;
import nl.koers.trajectory.api.Nominations;
import nl.koers.trajectory.api.PhaseChange;
import nl.koers.trajectory.api.ProviderAnswer;
import nl.koers.trajectory.api.Trajectories;
import nl.koers.trajectory.api.TrajectoryEnd;
import nl.koers.trajectory.api.TrajectoryNote;
import nl.koers.trajectory.api.TrajectoryStart;

import org.springframework.context.annotation.Conditional;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * West Betuwe's participation budget with its 5% for KP4, a contract with the demo care
 * institution, and trajectories of the case lead's clients in every state: nominated,
 * accepted, running and nearly at its maximum duration, ended and in aftercare, with one
 * paid invoice. Delft gets the pilot's Werkbudget of 2005–2007.
 */
@Component
@Conditional(DemoEnabledCondition.class)
class DemoTrajectories implements DemoStep {

	private static final String PARTICIPATION = "Participatiebudget";

	private static final BigDecimal MIN_AGE = new BigDecimal("23");

	private static final BigDecimal MAX_AGE = new BigDecimal("57.5");

	private static final int MIN_BENEFIT_MONTHS = 12;

	private final SourceBudgets budgets;

	private final Contracts contracts;

	private final Nominations nominations;

	private final Trajectories trajectories;

	private final Sharing sharing;

	private final ClientAccess clients;

	private final Routes routes;

	private final UserDetailsService users;

	private final Clock clock;

	DemoTrajectories(SourceBudgets budgets, Contracts contracts, Nominations nominations, Trajectories trajectories,
			Sharing sharing, ClientAccess clients, Routes routes, UserDetailsService users, Clock clock) {
		this.budgets = budgets;
		this.contracts = contracts;
		this.nominations = nominations;
		this.trajectories = trajectories;
		this.sharing = sharing;
		this.clients = clients;
		this.routes = routes;
		this.users = users;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 100;
	}

	@Override
	public void load(DemoWorld world) {
		westBetuwe(world.actor("contractbeheer"), world.actor("consulent"), world.institution(),
				DemoWorld.INSTITUTION_WORKER);
		delft(world.actor("delft-contractbeheer"));
	}

	private void westBetuwe(CurrentUser contractManager, CurrentUser caseLead, UUID provider, String workerName) {
		LocalDate today = LocalDate.now(this.clock);
		int year = today.getYear();
		for (int budgetYear = year - 1; budgetYear <= year + 1; budgetYear++) {
			this.budgets.create(contractManager, new BudgetEntry(PARTICIPATION, budgetYear, new BigDecimal("546940.00"),
					new BigDecimal("5"), null, "5% van het participatiebudget is gereserveerd voor KP4.", null));
		}
		ContractView contract = this.contracts.create(contractManager, contract(provider, year));
		CurrentUser worker = (CurrentUser) this.users.loadUserByUsername(workerName);
		Candidates candidates = new Candidates(caseLead);

		nominate(caseLead, candidates, contract, today.minusDays(7), "Wil graag een dagritme opbouwen.");

		UUID accepted = nominate(caseLead, candidates, contract, today.minusDays(30),
				"Zoekt zinvolle dagbesteding na een periode van rust.");
		this.trajectories.answer(worker, accepted, new ProviderAnswer(true, today.minusDays(20), null, null));

		LocalDate started = today.minusMonths(11);
		UUID running = nominate(caseLead, candidates, contract, started.minusWeeks(3),
				"Sociaal geïsoleerd; wil weer onder de mensen komen.");
		this.trajectories.answer(worker, running, new ProviderAnswer(true, started.minusWeeks(2), null, null));
		this.trajectories.start(worker, running, new TrajectoryStart(started, null));
		this.trajectories.changePhase(worker, running,
				new PhaseChange(2, started.plusMonths(4), "Intake afgerond; start bij de werkplaats.", null));
		this.trajectories.report(worker, running, new TrajectoryNote(today.minusMonths(1),
				"Komt drie ochtenden per week; denkt na over vrijwilligerswerk."));

		LocalDate ended = today.minusMonths(1);
		UUID finished = nominate(caseLead, candidates, contract, ended.minusMonths(8).minusWeeks(2),
				"Wil graag iets voor anderen betekenen.");
		this.trajectories.answer(worker, finished,
				new ProviderAnswer(true, ended.minusMonths(8).minusWeeks(1), null, null));
		this.trajectories.start(worker, finished, new TrajectoryStart(ended.minusMonths(8), null));
		this.trajectories.changePhase(worker, finished, new PhaseChange(2, ended.minusMonths(5), null, null));
		this.trajectories.end(worker, finished, new TrajectoryEnd(Outcome.VOLUNTEER_WORK, ended,
				"Vrijwilliger bij de voedselbank, twee dagen per week.", null));
		this.trajectories.report(worker, finished,
				new TrajectoryNote(today.minusWeeks(1), "Nazorg: het vrijwilligerswerk gaat goed."));

		this.contracts.recordPayment(contractManager, contract.id(),
				new NewPayment(year, new BigDecimal("1000.00"), today.minusWeeks(3), "F-" + year + "-014"));
	}

	/**
	 * Delft's Werkbudget for the 2005 pilot: the money of its 50 trajectories per year.
	 */
	private void delft(CurrentUser contractManager) {
		String[] amounts = { "53550.00", "160650.00", "53550.00" };
		for (int i = 0; i < amounts.length; i++) {
			this.budgets.create(contractManager,
					new BudgetEntry("Werkbudget", 2005 + i, new BigDecimal(amounts[i]), null, null, null, null));
		}
	}

	/**
	 * Nominations open from the start of last year, so that a trajectory started eleven
	 * months ago (and nearing its maximum of twelve) fits in the window on any day.
	 */
	private static ContractTerms contract(UUID provider, int year) {
		return new ContractTerms(provider, "Activeringstrajecten KP4", null, 8, new BigDecimal("2500.00"),
				PARTICIPATION, ScheduleKind.YEARS,
				List.of(new PaymentLine(year, null, new BigDecimal("40")),
						new PaymentLine(year + 1, null, new BigDecimal("60"))),
				LocalDate.of(year - 1, 1, 1), LocalDate.of(year, 12, 31), 12, 3, null,
				List.of("Kennismaking en intake", "Activering", "Doorstroom"), MIN_AGE, MAX_AGE, MIN_BENEFIT_MONTHS,
				Set.of(), false, null);
	}

	/**
	 * Nominates the next candidate who fits the contract's target group on the day, with
	 * consent to share who they are with the provider.
	 */
	private UUID nominate(CurrentUser caseLead, Candidates candidates, ContractView contract, LocalDate day,
			String motivation) {
		ClientRef client = candidates.next(day);
		this.sharing.recordConsent(caseLead, client.id(),
				new NewConsent(contract.providerId(), Set.of(DataCategory.IDENTITY), day, null));
		return this.nominations.nominate(caseLead, client.id(), new Nomination(contract.id(), day, motivation)).id();
	}

	/**
	 * The case lead's clients in a fixed order, each nominated at most once. The target
	 * group is checked here rather than by catching a refusal: a refused nomination would
	 * mark the demo's single transaction for rollback.
	 */
	private final class Candidates {

		private final CurrentUser caseLead;

		private final Iterator<UUID> ids;

		Candidates(CurrentUser caseLead) {
			this.caseLead = caseLead;
			this.ids = DemoTrajectories.this.clients.caseload(caseLead).stream().sorted().iterator();
		}

		ClientRef next(LocalDate day) {
			while (this.ids.hasNext()) {
				ClientRef client = DemoTrajectories.this.clients.read(this.caseLead, this.ids.next());
				if (fits(client, day)) {
					return client;
				}
			}
			throw new IllegalStateException("no demo client fits the contract's target group on " + day);
		}

		private boolean fits(ClientRef client, LocalDate day) {
			LocalDate born = client.dateOfBirth();
			boolean age = !day.isBefore(born.plusMonths(months(MIN_AGE)))
					&& !day.isAfter(born.plusMonths(months(MAX_AGE)));
			boolean benefit = client.benefitStartDate() != null
					&& !day.isBefore(client.benefitStartDate().plusMonths(MIN_BENEFIT_MONTHS));
			return age && benefit && DemoTrajectories.this.routes.routeOn(client.id(), day).isPresent();
		}

	}

	private static long months(BigDecimal years) {
		return years.multiply(BigDecimal.valueOf(12)).longValueExact();
	}

}

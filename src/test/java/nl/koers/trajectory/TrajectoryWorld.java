package nl.koers.trajectory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.koers.Fixtures.ClientBuilder;
import nl.koers.Fixtures.Municipality;
import nl.koers.Fixtures;
import nl.koers.budget.api.BudgetEntry;
import nl.koers.budget.api.SourceBudgets;
import nl.koers.contract.api.ContractTerms;
import nl.koers.contract.api.ContractView;
import nl.koers.contract.api.Contracts;
import nl.koers.contract.api.PaymentLine;
import nl.koers.contract.api.ScheduleKind;
import nl.koers.identity.api.Accounts;
import nl.koers.identity.api.NewUser;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.route.api.ClientProfile;
import nl.koers.route.api.ProfileDecision;
import nl.koers.route.api.Route;
import nl.koers.route.api.RouteChange;
import nl.koers.route.api.Routes;
import nl.koers.socialmap.api.NewOrganisation;
import nl.koers.socialmap.api.OrganisationKind;
import nl.koers.socialmap.api.SocialMap;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A municipality with a contract manager, a manager, a coordinator and a consultant, a
 * provider on the social map with a worker, and builders for budgets, KP4 clients and
 * contracts (Delft's pilot by default).
 */
public final class TrajectoryWorld {

	public static final LocalDate NOMINATED = LocalDate.of(2005, 12, 1);

	public final Municipality municipality;

	public final CurrentUser contractManager;

	public final CurrentUser manager;

	public final CurrentUser coordinator;

	public final CurrentUser consultant;

	public final UUID provider;

	public final CurrentUser worker;

	private final ApplicationContext context;

	public TrajectoryWorld(ApplicationContext context) {
		this.context = context;
		this.municipality = context.getBean(Fixtures.class).municipality();
		this.contractManager = this.municipality.user(Role.CONTRACT_MANAGER);
		this.manager = this.municipality.user(Role.MANAGER);
		this.coordinator = this.municipality.user(Role.COORDINATOR);
		this.consultant = this.municipality.user(Role.CONSULTANT);
		this.provider = organisation("Activeringsbureau De Brug");
		this.worker = worker(this.provider);
	}

	public UUID organisation(String name) {
		return this.context.getBean(SocialMap.class)
			.create(this.coordinator,
					new NewOrganisation(name, OrganisationKind.CARE_INSTITUTION, null, null, null, null,
							LocalDate.now(), null))
			.id();
	}

	public CurrentUser worker(UUID organisationId) {
		String username = "w" + UUID.randomUUID().toString().substring(0, 12);
		this.context.getBean(Accounts.class)
			.createUser(new NewUser(this.municipality.id(), organisationId, username, "Werker " + username,
					Fixtures.PASSWORD, Set.of(Role.INSTITUTION_WORKER)));
		return (CurrentUser) this.context.getBean(UserDetailsService.class).loadUserByUsername(username);
	}

	public void budget(String source, int year, String amount) {
		this.context.getBean(SourceBudgets.class)
			.create(this.contractManager,
					new BudgetEntry(source, year, new BigDecimal(amount), null, null, null, null));
	}

	/**
	 * Delft's Werkbudget for the pilot: exactly the pilot's money per year.
	 */
	public void delftBudget() {
		budget("Werkbudget", 2005, "53550.00");
		budget("Werkbudget", 2006, "160650.00");
		budget("Werkbudget", 2007, "53550.00");
	}

	/**
	 * A client of the consultant, KP4 from a year before the pilot on the given route.
	 */
	public UUID client(ClientBuilder details, Route route) {
		UUID client = this.municipality.client(this.consultant, details.caseLead(this.consultant.id())).id();
		Routes routes = this.context.getBean(Routes.class);
		routes.decideProfile(this.consultant, client,
				new ProfileDecision(ClientProfile.KP4, LocalDate.of(2004, 11, 1), "Indeling", null));
		if (route != Route.INVESTIGATION) {
			routes.changeRoute(this.consultant, client, new RouteChange(route, LocalDate.of(2004, 12, 1), "Route",
					route == Route.REST ? LocalDate.of(2026, 12, 1) : null, null));
		}
		return client;
	}

	/**
	 * A client who fits Delft's target group on {@link #NOMINATED}: 40, on benefit since
	 * 2000, KP4 on the care-support route.
	 */
	public UUID eligibleClient() {
		return client(eligible(), Route.CARE_SUPPORT);
	}

	public static ClientBuilder eligible() {
		return Fixtures.details().dateOfBirth(LocalDate.of(1965, 5, 1)).benefitStartDate(LocalDate.of(2000, 1, 1));
	}

	/**
	 * Delft's pilot: 50 trajectories at €5,355 from the Werkbudget, 20/60/20% over
	 * 2005–2007, nominations from November 2005 to April 2006, at most 18 months plus 6
	 * months aftercare, three phases, ages 23 to 57½, two years on benefit.
	 */
	public ContractBuilder delft() {
		return new ContractBuilder(this.provider);
	}

	public ContractView contract(ContractBuilder builder) {
		return this.context.getBean(Contracts.class).create(this.contractManager, builder.form());
	}

	public static final class ContractBuilder {

		private final UUID provider;

		private int places = 50;

		private boolean approval;

		private ScheduleKind kind = ScheduleKind.YEARS;

		private List<PaymentLine> schedule = List.of(line(2005, "20"), line(2006, "60"), line(2007, "20"));

		private Set<Route> routes = Set.of();

		public ContractBuilder(UUID provider) {
			this.provider = provider;
		}

		public ContractBuilder places(int places) {
			this.places = places;
			return this;
		}

		public ContractBuilder exceptionsNeedApproval() {
			this.approval = true;
			return this;
		}

		public ContractBuilder routes(Route... routes) {
			this.routes = Set.of(routes);
			return this;
		}

		public ContractBuilder perPhase(String... shares) {
			this.kind = ScheduleKind.PHASES;
			List<PaymentLine> lines = new ArrayList<>();
			for (int i = 0; i < shares.length; i++) {
				lines.add(new PaymentLine(null, i + 1, new BigDecimal(shares[i])));
			}
			this.schedule = lines;
			return this;
		}

		public ContractTerms form() {
			return new ContractTerms(this.provider, "Activeringstrajecten zorgklanten fase 4", "Perceel 1", this.places,
					new BigDecimal("5355.00"), "Werkbudget", this.kind, this.schedule, LocalDate.of(2005, 11, 1),
					LocalDate.of(2006, 4, 30), 18, 6, 60, List.of("Intake en oriëntatie", "Activering", "Doorstroom"),
					new BigDecimal("23"), new BigDecimal("57.5"), 24, this.routes, this.approval, null);
		}

		private static PaymentLine line(int year, String share) {
			return new PaymentLine(year, null, new BigDecimal(share));
		}

	}

}

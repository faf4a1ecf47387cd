package nl.koers.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import nl.koers.client.api.ClientDetails;
import nl.koers.client.api.Clients;
import nl.koers.client.api.ClientView;
import nl.koers.client.api.HouseholdType;
import nl.koers.identity.api.Accounts;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.NewUser;
import nl.koers.identity.api.Role;
import nl.koers.route.Route;
import nl.koers.screening.NewCampaign;
import nl.koers.screening.Outcome;
import nl.koers.screening.OutcomeForm;
import nl.koers.screening.ScreeningItem;
import nl.koers.screening.Screenings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Synthetic municipalities, users and clients for trying Koers out. Loaded once, only in
 * demo mode (see {@link DemoEnabledCondition}); every demo user has the password below.
 */
@Component
@Conditional(DemoEnabledCondition.class)
class DemoData implements ApplicationRunner {

	static final String PASSWORD = "koers-demo";

	private static final String WEST_BETUWE = "GM1960";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private static final String[] GIVEN_NAMES = { "Anna", "Bram", "Chantal", "Daan", "Esra", "Fatima", "Gerrit",
			"Hanneke", "Ibrahim", "Joke", "Kees", "Lotte", "Mohamed", "Noor", "Otto", "Priya", "Ruud", "Sanne", "Tim",
			"Wilma", "Yusuf", "Zeynep", "Marco", "Ingrid", "Dewi" };

	private static final String[][] FAMILY_NAMES = { { null, "Jansen" }, { "de", "Vries" }, { "van den", "Berg" },
			{ null, "Bakker" }, { "van", "Dijk" }, { null, "Visser" }, { null, "Smit" }, { null, "Meijer" },
			{ "de", "Boer" }, { null, "Mulder" }, { "de", "Groot" }, { null, "Bos" }, { null, "Vos" },
			{ null, "Peters" }, { null, "Hendriks" }, { "van", "Leeuwen" }, { null, "Dekker" }, { null, "Yilmaz" },
			{ null, "El Amrani" }, { null, "Kaya" } };

	private static final String[][] PLACES = { { "Geldermalsen", "4191" }, { "Leerdam", "4141" }, { "Beesd", "4153" },
			{ "Delft", "2611" }, { "Asperen", "4147" } };

	private static final OutcomeForm[] OUTCOMES = { new OutcomeForm(Outcome.NO_CHANGE, null, null),
			new OutcomeForm(Outcome.POSSIBLY_KP3, null, "Doet vrijwilligerswerk en wil meer; gesprek over KP3."),
			new OutcomeForm(Outcome.NO_CHANGE, null, "Rust is nog nodig."),
			new OutcomeForm(Outcome.OTHER_ROUTE_ADVISED, Route.CARE_SUPPORT, "Schulden en GGZ: eerst zorg."),
			new OutcomeForm(Outcome.NO_CHANGE, null, null) };

	private final Accounts accounts;

	private final Clients clients;

	private final DemoHistories routes;

	private final Screenings screenings;

	private final DemoSocialMap socialMap;

	private final DemoGoals goals;

	private final DemoConversations conversations;

	private final DemoCoordination coordination;

	private final DemoReferrals referrals;

	private final DemoTrajectories trajectories;

	private final Clock clock;

	DemoData(Accounts accounts, Clients clients, DemoHistories routes, Screenings screenings, DemoSocialMap socialMap,
			DemoGoals goals, DemoConversations conversations, DemoCoordination coordination, DemoReferrals referrals,
			DemoTrajectories trajectories, Clock clock) {
		this.accounts = accounts;
		this.clients = clients;
		this.routes = routes;
		this.screenings = screenings;
		this.socialMap = socialMap;
		this.goals = goals;
		this.conversations = conversations;
		this.coordination = coordination;
		this.referrals = referrals;
		this.trajectories = trajectories;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.accounts.findMunicipality(WEST_BETUWE).isPresent()) {
			return;
		}
		UUID westBetuwe = this.accounts.createMunicipality(WEST_BETUWE, "West Betuwe");
		UUID delft = this.accounts.createMunicipality("GM0503", "Delft");
		UUID institution = this.socialMap.westBetuwe(westBetuwe);

		UUID consultant = user(westBetuwe, null, "consulent", "Carla Consulent", Role.CONSULTANT);
		UUID consultant2 = user(westBetuwe, null, "consulent2", "Kevin Klantmanager", Role.CONSULTANT);
		UUID coordinator = user(westBetuwe, null, "coordinator", "Corrie Coördinator", Role.COORDINATOR);
		UUID contractManager = user(westBetuwe, null, "contractbeheer", "Thijs Contractbeheer", Role.CONTRACT_MANAGER);
		user(westBetuwe, null, "manager", "Marieke Manager", Role.MANAGER);
		user(westBetuwe, null, "beheerder", "Bert Beheerder", Role.ADMINISTRATOR);
		user(westBetuwe, null, "auditor", "Anouk Auditor", Role.AUDITOR);
		UUID delftConsultant = user(delft, null, "delft-consulent", "Dirk Delftse Consulent", Role.CONSULTANT);
		UUID delftContractManager = user(delft, null, "delft-contractbeheer", "Dora Delftse Contractbeheerder",
				Role.CONTRACT_MANAGER);
		user(westBetuwe, institution, "instelling", "Ilse Instelling", Role.INSTITUTION_WORKER);

		Random random = new Random(2020_11_02L);
		CurrentUser westBetuweRegistrar = actor(coordinator, "Corrie Coördinator", westBetuwe, Role.COORDINATOR);
		CurrentUser carla = actor(consultant, "Carla Consulent", westBetuwe, Role.CONSULTANT);
		CurrentUser kevin = actor(consultant2, "Kevin Klantmanager", westBetuwe, Role.CONSULTANT);
		for (int i = 0; i < 50; i++) {
			UUID caseLead = i < 20 ? consultant : (i < 40 ? consultant2 : null);
			ClientView client = this.clients.register(westBetuweRegistrar, client(random, i, caseLead, PLACES[i % 3]));
			this.routes.history(i < 20 ? carla : (i < 40 ? kevin : westBetuweRegistrar), client, i);
		}
		this.goals.goals(carla);
		this.conversations.conversations(carla);
		this.coordination.coordination(westBetuweRegistrar, carla, kevin);
		this.referrals.referral(carla, westBetuweRegistrar, "instelling");
		this.trajectories.westBetuwe(actor(contractManager, "Thijs Contractbeheer", westBetuwe, Role.CONTRACT_MANAGER),
				carla, institution, "instelling");
		screening(westBetuweRegistrar, carla);
		CurrentUser delftRegistrar = actor(delftConsultant, "Dirk Delftse Consulent", delft, Role.CONSULTANT);
		for (int i = 0; i < 50; i++) {
			ClientView client = this.clients.register(delftRegistrar,
					client(random, i + 50, delftConsultant, PLACES[3]));
			this.routes.history(delftRegistrar, client, i);
		}
		this.trajectories
			.delft(actor(delftContractManager, "Dora Delftse Contractbeheerder", delft, Role.CONTRACT_MANAGER));
		log.info("Demo data loaded: West Betuwe and Delft with 50 clients each; demo users have password '{}'",
				PASSWORD);
	}

	/**
	 * A running campaign over West Betuwe's KP4 clients of two weeks ago, with the first
	 * outcomes of one case lead.
	 */
	private void screening(CurrentUser coordinator, CurrentUser caseLead) {
		LocalDate selection = LocalDate.now(this.clock).minusWeeks(2);
		UUID campaign = this.screenings
			.start(coordinator, new NewCampaign("Screening najaar " + selection.getYear(), selection))
			.id();
		List<ScreeningItem> items = this.screenings.items(caseLead, campaign, null, null, OUTCOMES.length).items();
		for (int i = 0; i < items.size(); i++) {
			this.screenings.record(caseLead, campaign, items.get(i).clientId(), OUTCOMES[i]);
		}
	}

	private UUID user(UUID municipality, UUID organisation, String username, String name, Role role) {
		return this.accounts
			.createUser(new NewUser(municipality, organisation, username, name, PASSWORD, Set.of(role)));
	}

	private static CurrentUser actor(UUID id, String name, UUID municipality, Role role) {
		return new CurrentUser(id, name, name, municipality, null, Set.of(role), true, false, null);
	}

	private static ClientDetails client(Random random, int index, UUID caseLead, String[] place) {
		String given = GIVEN_NAMES[random.nextInt(GIVEN_NAMES.length)];
		String[] family = FAMILY_NAMES[random.nextInt(FAMILY_NAMES.length)];
		LocalDate born = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(365 * 40));
		LocalDate benefitStart = LocalDate.of(2008, 1, 1).plusDays(random.nextInt(365 * 12));
		HouseholdType household = HouseholdType.values()[random.nextInt(HouseholdType.values().length)];
		int children = household == HouseholdType.SINGLE_PARENT || household == HouseholdType.COUPLE_WITH_CHILDREN
				? 1 + random.nextInt(3) : 0;
		return new ClientDetails(bsn(index), given, family[0], family[1], born, benefitStart, "Dorpsstraat",
				Integer.toString(1 + random.nextInt(120)), place[1] + " AB", place[0], "0612345678", null, household,
				children, caseLead, null);
	}

	/**
	 * A synthetic BSN passing the 11-test: eight digits from the index, the ninth chosen
	 * to make the weighted sum a multiple of 11 (indexes where no digit fits are
	 * skipped).
	 */
	static String bsn(int index) {
		for (int candidate = index;; candidate += 1000) {
			String prefix = String.format("9%07d", 1_000_000 + candidate);
			int sum = 0;
			for (int i = 0; i < 8; i++) {
				sum += (9 - i) * Character.digit(prefix.charAt(i), 10);
			}
			int check = sum % 11;
			if (check <= 9) {
				return prefix + check;
			}
		}
	}

}

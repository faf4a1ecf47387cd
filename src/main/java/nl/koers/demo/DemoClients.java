package nl.koers.demo;

import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;

import nl.koers.client.api.Bsn;
import nl.koers.client.api.ClientDetails;
import nl.koers.client.api.ClientView;
import nl.koers.client.api.Clients;
import nl.koers.client.api.HouseholdType;
import nl.koers.client.api.NonBenefitGroup;
import nl.koers.identity.api.CurrentUser;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Fifty synthetic clients in each municipality, registered by the coordinator (West
 * Betuwe: twenty for each consultant, ten without a case lead) and by Delft's consultant.
 */
@Component
@Conditional(DemoEnabledCondition.class)
class DemoClients implements DemoStep {

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

	private final Clients clients;

	DemoClients(Clients clients) {
		this.clients = clients;
	}

	@Override
	public int order() {
		return 40;
	}

	/**
	 * West Betuwe's clients first, then Delft's, from the world's one random source; each
	 * is remembered with who records their history.
	 */
	@Override
	public void load(DemoWorld world) {
		Random random = world.random();
		CurrentUser registrar = world.actor("coordinator");
		CurrentUser carla = world.actor("consulent");
		CurrentUser kevin = world.actor("consulent2");
		for (int i = 0; i < 50; i++) {
			UUID caseLead = i < 20 ? carla.id() : (i < 40 ? kevin.id() : null);
			ClientView client = this.clients.register(registrar, client(random, i, caseLead, PLACES[i % 3]));
			world.client(i < 20 ? carla : (i < 40 ? kevin : registrar), client, i);
		}
		CurrentUser delft = world.actor("delft-consulent");
		for (int i = 0; i < 50; i++) {
			ClientView client = this.clients.register(delft, client(random, i + 50, delft.id(), PLACES[3]));
			world.client(delft, client, i);
		}
	}

	private static ClientDetails client(Random random, int index, UUID caseLead, String[] place) {
		String given = GIVEN_NAMES[random.nextInt(GIVEN_NAMES.length)];
		String[] family = FAMILY_NAMES[random.nextInt(FAMILY_NAMES.length)];
		LocalDate born = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(365 * 30));
		LocalDate benefitStart = LocalDate.of(2008, 1, 1).plusDays(random.nextInt(365 * 12));
		HouseholdType household = HouseholdType.values()[random.nextInt(HouseholdType.values().length)];
		int children = household == HouseholdType.SINGLE_PARENT || household == HouseholdType.COUPLE_WITH_CHILDREN
				? 1 + random.nextInt(3) : 0;
		NonBenefitGroup without = index >= 95 ? (index % 2 == 0 ? NonBenefitGroup.ANW : NonBenefitGroup.NUG) : null;
		return new ClientDetails(bsn(index), given, family[0], family[1], born, without == null ? benefitStart : null,
				"Dorpsstraat", Integer.toString(1 + random.nextInt(120)), place[1] + " AB", place[0], "0612345678",
				null, household, children, caseLead, null, without);
	}

	/**
	 * A synthetic BSN passing the 11-test: eight digits from the index, the ninth chosen
	 * to make the weighted sum a multiple of 11 (indexes where no digit fits are
	 * skipped).
	 */
	static String bsn(int index) {
		for (int candidate = index;; candidate += 1000) {
			String prefix = String.format("9%07d", 1_000_000 + candidate);
			int check = Bsn.checkDigit(prefix);
			if (check >= 0) {
				return prefix + check;
			}
		}
	}

}

package nl.koers.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import nl.koers.client.api.ClientView;
import nl.koers.client.api.HouseholdMember;
import nl.koers.client.api.HouseholdMembers;
import nl.koers.client.api.HouseholdRelation;
import nl.koers.client.api.HouseholdType;
import nl.koers.client.api.Households;
import nl.koers.demo.DemoWorld.DemoClient;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Records the members of every demo client's household, as the household type and number
 * of children registered describe it, and makes a few pairs of clients partners in one
 * household (both KP4, so the route report counts fewer households than clients). Uses a
 * random source of its own, so the other steps' data stay as they were.
 */
@Component
@Conditional(DemoEnabledCondition.class)
class DemoHouseholds implements DemoStep {

	/**
	 * Places in a municipality's list of clients whose next client is their partner; both
	 * have the same case lead.
	 */
	private static final Set<Integer> WITH_PARTNER_CLIENT = Set.of(0, 20, 40);

	private static final String[] PARTNER_NAMES = { "Mirjam", "Hasan", "Petra", "Jeroen", "Samira", "Wim" };

	private static final String[] CHILD_NAMES = { "Emma", "Liam", "Sara", "Noah", "Lina", "Adam", "Julia" };

	private final Households households;

	DemoHouseholds(Households households) {
		this.households = households;
	}

	@Override
	public int order() {
		return 45;
	}

	@Override
	public void load(DemoWorld world) {
		Random random = new Random(449L);
		List<DemoClient> clients = world.clients();
		for (int i = 0; i < clients.size(); i++) {
			DemoClient client = clients.get(i);
			if (WITH_PARTNER_CLIENT.contains(client.index() - 1)) {
				continue;
			}
			DemoClient partner = WITH_PARTNER_CLIENT.contains(client.index()) ? clients.get(i + 1) : null;
			this.households.replaceMembers(client.author(), client.client().id(), new HouseholdMembers(
					members(random, client.client(), partner), client.client().household().version()));
		}
	}

	private static List<HouseholdMember> members(Random random, ClientView client, DemoClient partnerClient) {
		List<HouseholdMember> members = new ArrayList<>();
		HouseholdType type = partnerClient != null ? HouseholdType.COUPLE_WITH_CHILDREN
				: client.householdType() == null ? HouseholdType.SINGLE : client.householdType();
		if (partnerClient != null) {
			ClientView partner = partnerClient.client();
			members.add(new HouseholdMember(HouseholdRelation.PARTNER, partner.givenName(), partner.namePrefix(),
					partner.familyName(), partner.dateOfBirth(), partner.bsn()));
		}
		else if (type == HouseholdType.COUPLE || type == HouseholdType.COUPLE_WITH_CHILDREN) {
			members.add(new HouseholdMember(HouseholdRelation.PARTNER,
					PARTNER_NAMES[random.nextInt(PARTNER_NAMES.length)], client.namePrefix(), client.familyName(),
					client.dateOfBirth().plusDays(random.nextInt(3650) - 1825L), null));
		}
		else if (type == HouseholdType.OTHER) {
			members
				.add(new HouseholdMember(HouseholdRelation.OTHER, PARTNER_NAMES[random.nextInt(PARTNER_NAMES.length)],
						null, "Jansen", client.dateOfBirth().minusYears(25), null));
		}
		int children = partnerClient != null ? 2 : client.children() == null ? 0 : client.children();
		for (int c = 0; c < children; c++) {
			members.add(new HouseholdMember(HouseholdRelation.CHILD, CHILD_NAMES[random.nextInt(CHILD_NAMES.length)],
					client.namePrefix(), client.familyName(),
					LocalDate.of(2006, 1, 1).plusDays(random.nextInt(365 * 15)), null));
		}
		return members;
	}

}

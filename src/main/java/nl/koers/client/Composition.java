package nl.koers.client;

import java.util.List;

import nl.koers.client.api.HouseholdRelation;
import nl.koers.client.api.HouseholdType;
import nl.koers.client.api.HouseholdView;

/**
 * The household type and number of children that recorded members make: a partner makes a
 * couple, children make a parent, anyone else living in makes {@code OTHER}.
 */
record Composition(HouseholdType type, int children) {

	static Composition of(List<HouseholdView.MemberView> members) {
		boolean partner = members.stream().anyMatch(m -> m.relation() == HouseholdRelation.PARTNER);
		int children = (int) members.stream().filter(m -> m.relation() == HouseholdRelation.CHILD).count();
		boolean other = members.stream().anyMatch(m -> m.relation() == HouseholdRelation.OTHER);
		return new Composition(type(partner, children > 0, other), children);
	}

	private static HouseholdType type(boolean partner, boolean children, boolean other) {
		if (partner) {
			return children ? HouseholdType.COUPLE_WITH_CHILDREN : HouseholdType.COUPLE;
		}
		if (children) {
			return HouseholdType.SINGLE_PARENT;
		}
		return other ? HouseholdType.OTHER : HouseholdType.SINGLE;
	}

}

package nl.koers.client.api;

/**
 * How a member of a household relates to the household's first client.
 */
public enum HouseholdRelation {

	PARTNER, CHILD, OTHER

}

package nl.koers.client.api;

/**
 * The composition of the household that receives the benefit.
 */
public enum HouseholdType {

	SINGLE, SINGLE_PARENT, COUPLE, COUPLE_WITH_CHILDREN, OTHER

}

package nl.koers.socialmap.api;

/**
 * What a service on the social map offers.
 */
public enum ServiceCategory {

	MENTAL_HEALTH, ADDICTION_CARE, DEBT_HELP, DAY_ACTIVITIES, VOLUNTEER_WORK, SOCIAL_ACTIVATION, HOUSING, OTHER

}

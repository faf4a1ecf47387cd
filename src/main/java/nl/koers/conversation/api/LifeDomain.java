package nl.koers.conversation.api;

/**
 * The life domains of the five-domain questionnaire, as discussed in a conversation.
 */
public enum LifeDomain {

	WORK, HEALTH_AND_ADDICTION, SOCIAL_ENVIRONMENT, HOUSING_AND_FINANCES, JUSTICE

}

package nl.koers.consent.api;

/**
 * The kinds of client data that may be shared with an organisation.
 */
public enum DataCategory {

	IDENTITY, CONTACT_DETAILS, ROUTE, ASSESSMENT_SCORES, CONVERSATION_SUMMARIES, GOALS, AGREEMENTS, DOCUMENTS

}

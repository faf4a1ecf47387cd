package nl.koers.institution;

import java.util.List;

import nl.koers.agreement.api.SharedAgreement;
import nl.koers.assessment.api.SharedScores;
import nl.koers.client.api.SharedClient;
import nl.koers.consent.api.DataCategory;
import nl.koers.document.api.DocumentView;
import nl.koers.conversation.api.ConversationSummary;
import nl.koers.goal.api.SharedGoal;
import nl.koers.route.api.SharedRoute;

/**
 * What an institution worker sees of a client in one data category; only the field of
 * that category is filled.
 */
record SharedData(DataCategory category, SharedClient contact, SharedRoute route, List<SharedScores> scores,
		List<ConversationSummary> summaries, List<SharedGoal> goals, List<SharedAgreement> agreements,
		List<DocumentView> documents) {

	static SharedData contact(SharedClient contact) {
		return new SharedData(DataCategory.CONTACT_DETAILS, contact, null, null, null, null, null, null);
	}

	static SharedData route(SharedRoute route) {
		return new SharedData(DataCategory.ROUTE, null, route, null, null, null, null, null);
	}

	static SharedData scores(List<SharedScores> scores) {
		return new SharedData(DataCategory.ASSESSMENT_SCORES, null, null, scores, null, null, null, null);
	}

	static SharedData summaries(List<ConversationSummary> summaries) {
		return new SharedData(DataCategory.CONVERSATION_SUMMARIES, null, null, null, summaries, null, null, null);
	}

	static SharedData goals(List<SharedGoal> goals) {
		return new SharedData(DataCategory.GOALS, null, null, null, null, goals, null, null);
	}

	static SharedData documents(List<DocumentView> documents) {
		return new SharedData(DataCategory.DOCUMENTS, null, null, null, null, null, null, documents);
	}

	static SharedData agreements(List<SharedAgreement> agreements) {
		return new SharedData(DataCategory.AGREEMENTS, null, null, null, null, null, agreements, null);
	}

}

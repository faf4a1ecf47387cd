package nl.koers.conversation.api;

import java.util.List;
import java.util.UUID;

import nl.koers.identity.api.CurrentUser;

/**
 * The summaries of the conversations held with a client, for an institution the client
 * shares them with (the data category {@code CONVERSATION_SUMMARIES}).
 */
public interface ConversationSummaries {

	/**
	 * The summaries of the conversations held with the client (held appointments and
	 * contacts the client did not refuse), newest first: only the day, the channel and
	 * the summary, never the next step, life domains, outreach notes or authors. Passes
	 * {@code ClientAccess.readShared}, which logs the read and answers 404 unless the
	 * worker's organisation may see the summaries today.
	 */
	List<ConversationSummary> sharedSummaries(CurrentUser worker, UUID clientId);

}

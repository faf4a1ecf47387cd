package nl.koers.conversation.api;

import java.time.LocalDate;

/**
 * The summary of one conversation held with a client, as an institution may see it.
 *
 * @param heldOn the day of the conversation
 * @param channel how it was held
 * @param summary what the consultant wrote as its summary
 */
public record ConversationSummary(LocalDate heldOn, Channel channel, String summary) {
}

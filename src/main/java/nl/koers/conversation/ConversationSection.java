package nl.koers.conversation;

import java.util.UUID;

import nl.koers.client.api.ClientFileSection;
import nl.koers.identity.api.CurrentUser;
import nl.koers.conversation.api.Appointments;

import org.springframework.stereotype.Component;

/**
 * Appointments, contacts and outreach as a section of the client file.
 */
@Component
class ConversationSection implements ClientFileSection {

	private final ConversationPolicy policy;

	ConversationSection(ConversationPolicy policy) {
		this.policy = policy;
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public String titleKey() {
		return "conversation.section";
	}

	@Override
	public String path(UUID clientId) {
		return "/clients/" + clientId + "/conversations";
	}

	@Override
	public boolean visibleTo(CurrentUser user) {
		return this.policy.mayReachConversations(user);
	}

}

package nl.koers.conversation;

import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Permission;
import nl.koers.identity.api.Role;

import org.springframework.stereotype.Component;

/**
 * Which roles take part in conversations at all; which clients, and who may record, is
 * decided by {@link nl.koers.client.api.ClientAccess}. Institution workers reach a
 * client's conversations here and meet the client access rules next; only consultants and
 * coordinators keep an agenda, and only coordinators open another consultant's.
 */
@Component("conversationPolicy")
class ConversationPolicy {

	static final Permission CONVERSATIONS = Permission.of("reach a client's conversations", Role.CONSULTANT,
			Role.COORDINATOR, Role.INSTITUTION_WORKER);

	static final Permission AGENDA = Permission.of("keep an agenda", Role.CONSULTANT, Role.COORDINATOR);

	static final Permission ANY_AGENDA = Permission.of("open any consultant's agenda", Role.COORDINATOR);

	/**
	 * Whether the user's role reaches a client's conversations (the pages of a client's
	 * conversations).
	 */
	public boolean mayReachConversations(CurrentUser user) {
		return CONVERSATIONS.allows(user);
	}

	void requireReachConversations(CurrentUser user) {
		CONVERSATIONS.require(user);
	}

	/**
	 * Whether the user keeps an agenda (the agenda page).
	 */
	public boolean mayKeepAgenda(CurrentUser user) {
		return AGENDA.allows(user);
	}

	void requireAgenda(CurrentUser user) {
		AGENDA.require(user);
	}

	/**
	 * Whether the user may open the agenda of any consultant of their municipality.
	 */
	boolean mayOpenAnyAgenda(CurrentUser user) {
		return ANY_AGENDA.allows(user);
	}

	void requireAnyAgenda(CurrentUser user) {
		ANY_AGENDA.require(user);
	}

}

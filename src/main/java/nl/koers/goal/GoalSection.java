package nl.koers.goal;

import java.util.UUID;

import nl.koers.client.api.ClientFileSection;
import nl.koers.identity.api.CurrentUser;

import org.springframework.stereotype.Component;

/**
 * The client's goals as a section of the client file.
 */
@Component
class GoalSection implements ClientFileSection {

	private final GoalPolicy policy;

	GoalSection(GoalPolicy policy) {
		this.policy = policy;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public String titleKey() {
		return "goal.section";
	}

	@Override
	public String path(UUID clientId) {
		return "/clients/" + clientId + "/goals";
	}

	@Override
	public boolean visibleTo(CurrentUser user) {
		return this.policy.mayRead(user);
	}

}

package nl.koers.assessment;

import java.util.UUID;

import nl.koers.client.api.ClientFileSection;
import nl.koers.identity.api.CurrentUser;

import org.springframework.stereotype.Component;

/**
 * The assessments, with the scores over time, as a section of the client file.
 */
@Component
class AssessmentSection implements ClientFileSection {

	private final AssessmentPolicy policy;

	AssessmentSection(AssessmentPolicy policy) {
		this.policy = policy;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public String titleKey() {
		return "assessment.section";
	}

	@Override
	public String path(UUID clientId) {
		return "/clients/" + clientId + "/assessments";
	}

	@Override
	public boolean visibleTo(CurrentUser user) {
		return this.policy.mayRead(user);
	}

}

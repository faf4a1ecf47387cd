package nl.koers.assessment;

import java.util.UUID;

import nl.koers.client.api.ClientFileSection;

import org.springframework.stereotype.Component;

/**
 * The assessments, with the scores over time, as a section of the client file.
 */
@Component
class AssessmentSection implements ClientFileSection {

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

}

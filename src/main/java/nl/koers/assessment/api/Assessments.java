package nl.koers.assessment.api;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.koers.identity.api.CurrentUser;

/**
 * Recording a client's assessments. Only the case lead or a coordinator records one; the
 * call passes the client gate, which checks role and municipality and writes the access
 * log.
 */
public interface Assessments {

	/**
	 * Records an assessment of the client by the user, who must be the case lead or a
	 * coordinator. An assessment that breaks the rules of its instrument (an unknown
	 * domain, a missing score or one out of range) or its dates (in the future, before
	 * the client was born) is refused as an invalid field.
	 */
	AssessmentView record(CurrentUser user, UUID clientId, @Valid NewAssessment assessment);

	/**
	 * The scores of the client's assessments as an institution worker may see them (the
	 * data category {@code ASSESSMENT_SCORES}), newest first: no notes, summaries or
	 * authors. Passes {@code ClientAccess.readShared}, which logs the read and answers
	 * 404 unless the worker's organisation may see the scores today.
	 */
	List<SharedScores> sharedScores(CurrentUser worker, UUID clientId);

}

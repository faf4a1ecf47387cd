package nl.koers.institution;

import java.util.UUID;

import nl.koers.accesslog.api.AccessAction;
import nl.koers.accesslog.api.AccessLog;
import nl.koers.agreement.api.Agreements;
import nl.koers.assessment.api.Assessments;
import nl.koers.client.api.ClientAccess;
import nl.koers.consent.api.DataCategory;
import nl.koers.document.api.DocumentFile;
import nl.koers.document.api.Documents;
import nl.koers.consent.api.SharedCategories;
import nl.koers.conversation.api.ConversationSummaries;
import nl.koers.goal.api.Goals;
import nl.koers.identity.api.CurrentUser;
import nl.koers.referral.api.Referrals;
import nl.koers.route.api.Routes;
import nl.koers.system.NotFoundException;
import nl.koers.trajectory.api.Trajectories;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads one data category of a referred client for an institution worker: the referral or
 * trajectory must be one the worker's organisation may see and must share the category
 * now (else 404, logged as denied); the data comes from the owning module's door, whose
 * read passes {@link ClientAccess#readShared} (consent and agreement valid today, the
 * worker's municipality) and is logged as a read of the client, with the category's
 * address as its purpose.
 */
@Service
class SharedDataService {

	private final InstitutionPolicy policy;

	private final Referrals referrals;

	private final Trajectories trajectories;

	private final ClientAccess clients;

	private final Routes routes;

	private final Assessments assessments;

	private final ConversationSummaries summaries;

	private final Goals goals;

	private final Agreements agreements;

	private final Documents documents;

	private final AccessLog accessLog;

	SharedDataService(InstitutionPolicy policy, Referrals referrals, Trajectories trajectories, ClientAccess clients,
			Routes routes, Assessments assessments, ConversationSummaries summaries, Goals goals, Agreements agreements,
			Documents documents, AccessLog accessLog) {
		this.documents = documents;
		this.policy = policy;
		this.referrals = referrals;
		this.trajectories = trajectories;
		this.clients = clients;
		this.routes = routes;
		this.assessments = assessments;
		this.summaries = summaries;
		this.goals = goals;
		this.agreements = agreements;
		this.accessLog = accessLog;
	}

	/**
	 * One category of the client of an active referral to the worker's organisation.
	 */
	@Transactional
	public SharedData ofReferral(CurrentUser worker, UUID referralId, DataCategory category) {
		this.policy.requireReadShared(worker);
		return read(worker, this.referrals.sharedWith(worker, referralId), category);
	}

	/**
	 * One category of the client of a trajectory under a contract of the worker's
	 * organisation.
	 */
	@Transactional
	public SharedData ofTrajectory(CurrentUser worker, UUID trajectoryId, DataCategory category) {
		this.policy.requireReadShared(worker);
		return read(worker, this.trajectories.sharedWith(worker, trajectoryId), category);
	}

	/**
	 * A document of the client of an active referral to the worker's organisation.
	 */
	@Transactional
	public DocumentFile documentOfReferral(CurrentUser worker, UUID referralId, UUID documentId) {
		this.policy.requireReadShared(worker);
		return document(worker, this.referrals.sharedWith(worker, referralId), documentId);
	}

	/**
	 * A document of the client of a trajectory under a contract of the worker's
	 * organisation.
	 */
	@Transactional
	public DocumentFile documentOfTrajectory(CurrentUser worker, UUID trajectoryId, UUID documentId) {
		this.policy.requireReadShared(worker);
		return document(worker, this.trajectories.sharedWith(worker, trajectoryId), documentId);
	}

	private DocumentFile document(CurrentUser worker, SharedCategories shared, UUID documentId) {
		allowed(worker, shared, DataCategory.DOCUMENTS);
		return this.documents.sharedFile(worker, shared.clientId(), documentId);
	}

	private void allowed(CurrentUser worker, SharedCategories shared, DataCategory category) {
		if (!shared.allows(category)) {
			this.accessLog.recordDenied(worker, AccessAction.READ, shared.clientId());
			throw new NotFoundException("shared data");
		}
	}

	private SharedData read(CurrentUser worker, SharedCategories shared, DataCategory category) {
		UUID clientId = shared.clientId();
		allowed(worker, shared, category);
		return switch (category) {
			case CONTACT_DETAILS -> SharedData.contact(this.clients.readShared(worker, clientId, category.name()));
			case ROUTE -> SharedData.route(this.routes.sharedRoute(worker, clientId));
			case ASSESSMENT_SCORES -> SharedData.scores(this.assessments.sharedScores(worker, clientId));
			case CONVERSATION_SUMMARIES -> SharedData.summaries(this.summaries.sharedSummaries(worker, clientId));
			case GOALS -> SharedData.goals(this.goals.sharedGoals(worker, clientId));
			case AGREEMENTS -> SharedData.agreements(this.agreements.sharedAgreements(worker, clientId));
			case DOCUMENTS -> SharedData.documents(this.documents.shared(worker, clientId));
			case IDENTITY -> throw new NotFoundException("shared data");
		};
	}

}

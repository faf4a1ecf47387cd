package nl.koers.agreement.api;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.koers.identity.api.CurrentUser;

/**
 * Agreements made with a client and whether the client kept them. Outcomes are appended;
 * the latest counts. Recording a broken agreement publishes {@link AgreementBroken}, also
 * when it corrects an earlier outcome, so that listeners see every change of mind. Every
 * call checks the user's role and passes the client gate, which checks the client and
 * writes the access log.
 */
public interface Agreements {

	/**
	 * Records an agreement made with the client, optionally tied to a (cost-bearing)
	 * provision or to a trajectory, not both.
	 */
	AgreementView make(CurrentUser user, UUID clientId, @Valid NewAgreement agreement);

	/**
	 * The client's agreements with their outcomes, oldest first.
	 */
	List<AgreementView> agreements(CurrentUser user, UUID clientId);

	/**
	 * Records whether the agreement was kept or broken; a later outcome corrects an
	 * earlier one.
	 */
	AgreementView recordOutcome(CurrentUser user, UUID agreementId, @Valid NewAgreementOutcome outcome);

	/**
	 * The client's agreements as an institution worker may see them (the data category
	 * {@code AGREEMENTS}), oldest first: what was agreed, when, and whether it was kept,
	 * without explanations or authors. Passes {@code ClientAccess.readShared}, which logs
	 * the read and answers 404 unless the worker's organisation may see the agreements
	 * today.
	 */
	List<SharedAgreement> sharedAgreements(CurrentUser worker, UUID clientId);

}

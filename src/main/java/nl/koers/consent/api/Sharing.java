package nl.koers.consent.api;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.koers.identity.api.CurrentUser;

/**
 * What may be shared about a client with an organisation: the coordinator records the
 * organisation's data-sharing agreements, the case lead the client's consents; only the
 * categories both allow on a day may be shared, and a withdrawn consent stops sharing at
 * once.
 */
public interface Sharing {

	/**
	 * Records a data-sharing agreement with an organisation of the social map (the care
	 * coordination point).
	 */
	SharingAgreementView recordAgreement(CurrentUser user, UUID organisationId, @Valid NewSharingAgreement agreement);

	/**
	 * Records what the client agreed to share with an organisation (those who may change
	 * the client: the case lead or a coordinator).
	 */
	ConsentView recordConsent(CurrentUser user, UUID clientId, @Valid NewConsent consent);

	/**
	 * The categories an organisation may receive about a client today: allowed by both a
	 * valid data-sharing agreement and a consent that is valid and not withdrawn (as
	 * {@link SharingPermits#permitted}); for other modules inside their own checked step.
	 */
	Set<DataCategory> permitted(UUID municipalityId, UUID clientId, UUID organisationId);

}

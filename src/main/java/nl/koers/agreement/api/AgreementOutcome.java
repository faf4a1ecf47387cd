package nl.koers.agreement.api;

/**
 * Whether the client kept an agreement.
 */
public enum AgreementOutcome {

	KEPT, BROKEN

}

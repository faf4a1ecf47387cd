package nl.koers.agreement;

/**
 * Whether the client kept an agreement.
 */
public enum AgreementOutcome {

	KEPT, BROKEN

}

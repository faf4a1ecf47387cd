package nl.koers.client.api;

/**
 * The kind of social-assistance benefit the income administration pays.
 */
public enum BenefitKind {

	PARTICIPATIEWET, IOAW, IOAZ

}

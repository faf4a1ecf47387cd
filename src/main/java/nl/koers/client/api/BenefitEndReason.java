package nl.koers.client.api;

/**
 * Why a benefit ended, as the income administration records it.
 */
public enum BenefitEndReason {

	WORK, MOVED, OTHER_INCOME, DECEASED, OTHER

}

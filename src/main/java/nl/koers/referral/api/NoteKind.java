package nl.koers.referral.api;

/**
 * What the institution writes about a referral.
 */
public enum NoteKind {

	PROGRESS, FEEDBACK

}

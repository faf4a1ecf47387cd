package nl.koers.referral;

/**
 * What the institution writes about a referral.
 */
public enum NoteKind {

	PROGRESS, FEEDBACK

}

package nl.koers.client.api;

/**
 * How the BRP relates a member to the person: the current (or last dissolved, which Koers
 * leaves out) marriage or registered partnership, or a child.
 */
public enum BrpRelation {

	PARTNER, CHILD

}

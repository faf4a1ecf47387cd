package nl.koers.trajectory;

import java.util.List;

import nl.koers.system.RefusedException.Reason;

/**
 * One named rule a nomination must meet; it answers the reasons it fails, none when it
 * holds.
 */
interface EligibilityRule {

	/**
	 * The rule's name, kept on a nomination that needed approval.
	 */
	String name();

	List<Reason> check(NominationFacts facts);

}

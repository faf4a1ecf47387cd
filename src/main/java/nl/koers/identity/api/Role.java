package nl.koers.identity.api;

/**
 * What a user may do in Koers. A user has one or more roles, always within one
 * municipality.
 */
public enum Role {

	CONSULTANT, COORDINATOR, CONTRACT_MANAGER, MANAGER, INSTITUTION_WORKER, ADMINISTRATOR, AUDITOR;

	/**
	 * The Spring Security authority for this role, as {@code hasRole} expects it.
	 */
	public String authority() {
		return "ROLE_" + name();
	}

}

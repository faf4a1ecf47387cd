package nl.koers.socialmap.api;

/**
 * What kind of organisation an entry on the social map is.
 */
public enum OrganisationKind {

	CARE_INSTITUTION, PROVIDER, VOLUNTEER_AGENCY, MUNICIPAL_TEAM, PARTNER_ORGANISATION

}

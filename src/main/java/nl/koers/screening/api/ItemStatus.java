package nl.koers.screening.api;

/**
 * Whether a client in a campaign has been examined yet; filters the list.
 */
public enum ItemStatus {

	TO_DO, EXAMINED

}

package nl.koers.socialmap.api;

import jakarta.validation.constraints.Size;

/**
 * Finding services on the social map: free text (organisation, service, description), a
 * category, a place, or only the entries due for verification.
 */
public record ServiceSearch(@Size(max = 100) String text, ServiceCategory category, @Size(max = 100) String place,
		boolean onlyStale) {

	/**
	 * Every service, unfiltered.
	 */
	public static ServiceSearch all() {
		return new ServiceSearch(null, null, null, false);
	}

}

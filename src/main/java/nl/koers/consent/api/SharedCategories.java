package nl.koers.consent.api;

import java.util.Set;
import java.util.UUID;

/**
 * The client of a referral or trajectory and the data categories an institution worker
 * may read about them today, through that referral or trajectory: what was shared with
 * the worker's organisation that a valid data-sharing agreement and the client's consent
 * still allow.
 *
 * @param clientId the client
 * @param categories the categories that may be read now; empty when none
 */
public record SharedCategories(UUID clientId, Set<DataCategory> categories) {

	public SharedCategories {
		categories = Set.copyOf(categories);
	}

	public boolean allows(DataCategory category) {
		return this.categories.contains(category);
	}

}

package nl.koers.client;

import nl.koers.client.api.ValidBsn;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;

/**
 * A search for clients by name (part of it) or by BSN, sent in a POST body so that no BSN
 * appears in a URL.
 */
record ClientSearch(@Size(min = 2, max = 100, message = "{client.search.name.size}") String name,
		@ValidBsn String bsn) {

	@AssertTrue(message = "{client.search.oneCriterion}")
	public boolean isOneCriterion() {
		return hasName() != hasBsn();
	}

	boolean hasName() {
		return this.name != null && !this.name.isBlank();
	}

	boolean hasBsn() {
		return this.bsn != null && !this.bsn.isBlank();
	}

}

package nl.koers.identity;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An organisation whose staff log in to Koers, such as a care institution. Its staff act
 * within the municipality it is registered for.
 */
@Entity
@Table(name = "organisation")
class Organisation {

	@Id
	private UUID id;

	private UUID municipalityId;

	private String name;

	protected Organisation() {
	}

	Organisation(UUID municipalityId, String name) {
		this.id = UUID.randomUUID();
		this.municipalityId = municipalityId;
		this.name = name;
	}

	UUID getId() {
		return this.id;
	}

	UUID getMunicipalityId() {
		return this.municipalityId;
	}

	String getName() {
		return this.name;
	}

}

package nl.koers.identity;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "municipality")
class Municipality {

	@Id
	private UUID id;

	private String code;

	private String name;

	protected Municipality() {
	}

	Municipality(String code, String name) {
		this.id = UUID.randomUUID();
		this.code = code;
		this.name = name;
	}

	UUID getId() {
		return this.id;
	}

	String getCode() {
		return this.code;
	}

	String getName() {
		return this.name;
	}

}

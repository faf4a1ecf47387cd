package nl.koers.client.api;

import java.time.Instant;
import java.util.UUID;

/**
 * One change of a client's details, case lead or household: the field, the old and the
 * new value (null when empty), who made it (a user, or the import under the importer's
 * name) and when.
 */
public record ClientChange(UUID id, String field, String oldValue, String newValue, String source, String changedByName,
		Instant changedAt) {
}

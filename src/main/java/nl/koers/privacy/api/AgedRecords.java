package nl.koers.privacy.api;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Records kept for a period counted from each record's own moment, not from the closing
 * of a client's file: the access log. A service provider interface: {@code privacy} owns
 * it and the module that keeps such records implements it once. The module removes in
 * steps of its own choosing (the access log in whole months), so a record may stay up to
 * one step longer than its period. The records of every municipality go at once: the
 * period is the same for all of them.
 */
public interface AgedRecords {

	/**
	 * The kind whose period applies.
	 */
	RecordKind kind();

	/**
	 * Per municipality, what {@link #remove(Instant)} would remove now.
	 * @param before the moment the period reaches back to
	 */
	Map<UUID, Removal> removable(Instant before);

	/**
	 * Removes the records older than the moment; per municipality what was removed.
	 * @param before the moment the period reaches back to
	 */
	Map<UUID, Removal> remove(Instant before);

	/**
	 * What goes of one municipality's records.
	 *
	 * @param clients how many clients the records were about
	 * @param rows how many records
	 */
	record Removal(int clients, int rows) {
	}

}

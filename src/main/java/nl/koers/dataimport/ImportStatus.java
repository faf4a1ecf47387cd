package nl.koers.dataimport;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An import as the API shows it: where it stands, its counts and the problems of its rows
 * (the first 500, in file order).
 */
@Schema(name = "Import")
record ImportStatus(UUID id, ImportRun.Status status, boolean dryRun, String fileName, int rows, int refused,
		int applied, int created, int updated, int unchanged,
		@Schema(description = "Why the import stopped, when it failed") String failure, Instant createdAt,
		Instant finishedAt, List<Error> errors) {

	/**
	 * A problem of one row and field (line 0: the file); a BSN is shown without its
	 * middle digits.
	 */
	@Schema(name = "ImportError")
	record Error(long line, String field, String value, String message) {
	}

}

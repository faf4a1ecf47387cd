package nl.koers.dataimport;

import java.time.Instant;
import java.util.UUID;

/**
 * One file imported (or only checked, in a dry run) and how far it got: rows read and
 * refused by the checks, and of the rows applied, how many made a new client, changed one
 * or changed nothing. The file itself is cleared some time after the run finished
 * ({@code fileClearedAt}); then the run can be neither imported nor tried again.
 */
record ImportRun(UUID id, UUID municipalityId, ImportFormat format, String fileName, long fileSize, boolean dryRun,
		Status status, String failure, int rowsRead, int rowsRefused, int rowsCreated, int rowsUpdated,
		int rowsUnchanged, UUID createdBy, String createdByName, Instant createdAt, Instant finishedAt,
		Instant fileClearedAt) {

	enum Status {

		RUNNING, DONE, FAILED

	}

	public boolean running() {
		return this.status == Status.RUNNING;
	}

	public boolean fileKept() {
		return this.fileClearedAt == null;
	}

	public int rowsApplied() {
		return this.rowsCreated + this.rowsUpdated;
	}

}

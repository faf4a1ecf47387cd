package nl.koers.privacy.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What retention needs to know of the clients' files: whose file closed when, who is
 * under a legal hold, and the mark of an erased client. A service provider interface:
 * {@code privacy} owns it and {@code client} implements it, so {@code privacy} does not
 * depend on the client module.
 */
public interface ClientFiles {

	/**
	 * The municipalities that have clients whose file closed (the retention run visits
	 * each).
	 */
	List<UUID> municipalitiesWithClosedFiles();

	/**
	 * The municipality's clients whose file closed on or before the date and who have not
	 * been erased yet, oldest closing first.
	 */
	List<ClosedFile> closedOnOrBefore(UUID municipalityId, LocalDate date);

	/**
	 * Marks the client as erased on the day (the client row stays as a stub with its id
	 * and municipality, so reports keep counting it). Called inside the erasure's
	 * transaction, after every table has been erased.
	 */
	void markErased(UUID clientId, LocalDate on);

	/**
	 * A client's closed file.
	 *
	 * @param clientId the client
	 * @param closedOn the day the file closed: the end of the last benefit period
	 * @param held whether a legal hold is in force
	 */
	record ClosedFile(UUID clientId, LocalDate closedOn, boolean held) {
	}

}

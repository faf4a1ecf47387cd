package nl.koers.client;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.koers.privacy.api.ClientFiles;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the retention run ({@code privacy}) whose file closed when and who is under a
 * legal hold, and marks an erased client.
 */
@Component
class ClientFilesAdapter implements ClientFiles {

	private final LegalHoldStore store;

	ClientFilesAdapter(LegalHoldStore store) {
		this.store = store;
	}

	@Override
	@Transactional(readOnly = true)
	public List<UUID> municipalitiesWithClosedFiles() {
		return this.store.municipalitiesWithClosedFiles();
	}

	@Override
	@Transactional(readOnly = true)
	public List<ClosedFile> closedOnOrBefore(UUID municipalityId, LocalDate date) {
		return this.store.closedOnOrBefore(municipalityId, date);
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void markErased(UUID clientId, LocalDate on) {
		this.store.markErased(clientId, on);
	}

}

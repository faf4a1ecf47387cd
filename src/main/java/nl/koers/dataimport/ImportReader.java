package nl.koers.dataimport;

import java.util.Iterator;
import java.util.UUID;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads the persons of a run's file, as stored with the run. It counts what it has read
 * in the step's context, committed with each batch, so that a restarted step continues
 * with the first person not yet applied.
 */
class ImportReader extends AbstractItemCountingItemStreamItemReader<RawPerson> {

	private final ImportRunStore store;

	private final UUID runId;

	private final ImportFormat format;

	private Iterator<RawPerson> persons;

	ImportReader(ImportRunStore store, UUID runId, ImportFormat format, boolean restartable) {
		this.store = store;
		this.runId = runId;
		this.format = format;
		setName("importReader");
		setSaveState(restartable);
	}

	@Override
	protected void doOpen() {
		this.persons = ImportFile.of(this.store.content(this.runId).orElseThrow(), this.format).persons();
	}

	@Override
	protected RawPerson doRead() {
		return this.persons.hasNext() ? this.persons.next() : null;
	}

	@Override
	protected void doClose() {
		this.persons = null;
	}

}

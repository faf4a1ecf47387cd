package nl.koers.accesslog;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import nl.koers.privacy.api.AgedRecords;
import nl.koers.privacy.api.RecordKind;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retention of the access log: a month goes as a whole, by dropping its partition, once
 * its last moment lies further back than the period; entries in the default partition go
 * one by one. The counts are taken in the same transaction as the removal.
 */
@Component
class AccessLogRetention implements AgedRecords {

	private final AccessLogStore store;

	AccessLogRetention(AccessLogStore store) {
		this.store = store;
	}

	@Override
	public RecordKind kind() {
		return RecordKind.ACCESS_LOG;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, Removal> removable(Instant before) {
		return this.store.agedCounts(before);
	}

	@Override
	@Transactional
	public Map<UUID, Removal> remove(Instant before) {
		Map<UUID, Removal> removed = this.store.agedCounts(before);
		this.store.removeAged(before);
		return removed;
	}

}

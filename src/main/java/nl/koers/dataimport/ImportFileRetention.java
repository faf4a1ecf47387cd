package nl.koers.dataimport;

import java.time.Clock;
import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clears the uploaded files of the runs that finished longer ago than
 * {@code koers.import.files-kept-for} (14 days by default), every night on one node: a
 * file is a copy of the income administration's records about many people, needed only to
 * import a dry run or try a failed run again.
 */
@Component
class ImportFileRetention {

	private static final Logger log = LoggerFactory.getLogger(ImportFileRetention.class);

	private final ImportRunStore store;

	private final ImportSettings settings;

	private final Clock clock;

	ImportFileRetention(ImportRunStore store, ImportSettings settings, Clock clock) {
		this.store = store;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(cron = "${koers.import.files-cron:0 40 2 * * *}", zone = "Europe/Amsterdam")
	@SchedulerLock(name = "dataimport.files", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
	void scheduled() {
		try {
			clearExpired();
		}
		catch (DataAccessException ex) {
			// the database is away: the next night clears what has expired by then
			log.warn("import: files not cleared ({})", ex.getClass().getSimpleName());
		}
	}

	/**
	 * Clears the expired files; how many.
	 */
	@Transactional
	int clearExpired() {
		Instant now = this.clock.instant();
		int cleared = this.store.clearFiles(now.minus(this.settings.filesKeptFor()), now);
		if (cleared > 0) {
			log.info("import: {} file(s) cleared", cleared);
		}
		return cleared;
	}

}

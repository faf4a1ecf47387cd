package nl.koers.privacy;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily retention run ({@code koers.retention.cron}, at 02:30 by default), on one
 * node at a time: every municipality with closed files in turn.
 */
@Component
class RetentionJob {

	private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

	private final RetentionService retention;

	RetentionJob(RetentionService retention) {
		this.retention = retention;
	}

	@Scheduled(cron = "${koers.retention.cron:0 30 2 * * *}", zone = "Europe/Amsterdam")
	@SchedulerLock(name = "privacy.retention", lockAtMostFor = "PT3H", lockAtLeastFor = "PT1M")
	void run() {
		try {
			this.retention.runEverywhere();
		}
		catch (DataAccessException ex) {
			// the database is away: tomorrow's run erases what has expired by then
			log.warn("retention: the run stopped ({})", ex.getClass().getSimpleName());
		}
	}

}

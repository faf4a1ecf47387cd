package nl.koers.accesslog;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the access log's month partitions ahead of the clock (see migration V29): at
 * start-up and every night it makes the partitions of this month and the next
 * {@code koers.access-log.partitions-ahead} months (3 by default) that do not exist yet,
 * so entries never land in the default partition and retention can drop whole months.
 */
@Component
class AccessLogPartitions {

	private static final Logger log = LoggerFactory.getLogger(AccessLogPartitions.class);

	private final AccessLogStore store;

	private final int monthsAhead;

	AccessLogPartitions(AccessLogStore store, @Value("${koers.access-log.partitions-ahead:3}") int monthsAhead) {
		this.store = store;
		this.monthsAhead = monthsAhead;
	}

	@EventListener(ApplicationReadyEvent.class)
	@SchedulerLock(name = "accesslog.partitions", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
	@Scheduled(cron = "${koers.access-log.partitions-cron:0 17 3 * * *}")
	void createAhead() {
		try {
			int made = this.store.createPartitions(this.monthsAhead);
			if (made > 0) {
				log.info("access log: {} month partition(s) made", made);
			}
		}
		catch (DataAccessException ex) {
			// another instance made them at the same moment, or the database is away: the
			// next run tries again, and meanwhile entries go to the default partition
			log.warn("access log: month partitions not made", ex);
		}
	}

}

package nl.koers.dataimport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs imports, each in a thread of its own, and takes over the imports whose node
 * stopped (a crash, a {@code kill -9}): every minute, a running import not touched for
 * {@code koers.import.stalled-after} is claimed by one node, its interrupted job
 * execution marked failed and restarted, so that it continues after the last batch
 * committed.
 */
@Component
class ImportLauncher {

	private static final Logger log = LoggerFactory.getLogger(ImportLauncher.class);

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job job;

	private final ImportRunStore store;

	private final Clock clock;

	private final Duration stalledAfter;

	private final ImportMetrics metrics;

	ImportLauncher(JobOperator jobOperator, JobRepository jobRepository, Job caseloadImport, ImportRunStore store,
			Clock clock, ImportSettings settings, ImportMetrics metrics) {
		this.metrics = metrics;
		this.stalledAfter = settings.stalledAfter();
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.job = caseloadImport;
		this.store = store;
		this.clock = clock;
	}

	/**
	 * Starts the run's job in the background.
	 */
	void start(UUID runId) {
		new Thread(() -> run(runId), "import-" + runId).start();
	}

	/**
	 * Runs (or continues) the run's job in the calling thread, for the command line.
	 */
	void run(UUID runId) {
		try {
			JobExecution last = this.jobRepository.getLastJobExecution(ImportJob.NAME, parameters(runId));
			if (last == null) {
				this.jobOperator.start(this.job, parameters(runId));
			}
			else if (last.getStatus() != BatchStatus.COMPLETED) {
				JobExecution interrupted = last.getStatus().isRunning() ? this.jobOperator.recover(last) : last;
				this.jobOperator.restart(interrupted);
			}
		}
		catch (Exception ex) {
			log.error("Import {} could not run", runId, ex);
			if (this.store.finish(runId, "error", this.clock.instant())) {
				this.store.find(runId).ifPresent(this.metrics::finished);
			}
		}
	}

	@SchedulerLock(name = "dataimport.take-over-stalled", lockAtMostFor = "PT5M", lockAtLeastFor = "PT30S")
	@Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT30S")
	void takeOverStalled() {
		Instant now = this.clock.instant();
		Instant stalledBefore = now.minus(this.stalledAfter);
		for (UUID runId : this.store.stalled(stalledBefore)) {
			if (this.store.claim(runId, stalledBefore, now)) {
				log.warn("Import {} stalled; continuing it on this node", runId);
				start(runId);
			}
		}
	}

	private static JobParameters parameters(UUID runId) {
		return new JobParametersBuilder().addString(ImportJob.RUN_ID, runId.toString()).toJobParameters();
	}

}

package nl.koers.dataimport;

import java.time.Clock;
import java.util.UUID;

import nl.koers.accesslog.api.AccessLog;
import nl.koers.client.api.ClientImports;
import nl.koers.client.api.PlausibleDates;
import nl.koers.identity.api.Accounts;
import nl.koers.identity.api.CurrentUser;
import nl.koers.route.api.Routes;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The import as a Spring Batch job with its repository in PostgreSQL: check every row,
 * then (not in a dry run) apply the rows that passed in batches. The run's id is the
 * job's one identifying parameter, so a run is one job instance and an interrupted run is
 * restarted, never started twice.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImportSettings.class)
class ImportJob {

	static final String NAME = "caseloadImport";

	static final String RUN_ID = "runId";

	static final int CHECK_CHUNK = 1000;

	static final int APPLY_CHUNK = 2000;

	private static final String APPLY = "APPLY";

	@Bean
	Job caseloadImport(JobRepository jobRepository, Step importCheckStep, Step importApplyStep, ImportRunStore store,
			Clock clock, ImportMetrics metrics) {
		JobExecutionDecider dryRunOrNot = (execution, step) -> store
			.find(UUID.fromString(execution.getJobParameters().getString(RUN_ID)))
			.filter(run -> !run.dryRun())
			.map(run -> new FlowExecutionStatus(APPLY))
			.orElse(FlowExecutionStatus.COMPLETED);
		return new JobBuilder(NAME, jobRepository).start(importCheckStep)
			.next(dryRunOrNot)
			.on(APPLY)
			.to(importApplyStep)
			.from(dryRunOrNot)
			.on("*")
			.end()
			.end()
			.listener(new JobExecutionListener() {
				@Override
				public void afterJob(JobExecution execution) {
					UUID runId = UUID.fromString(execution.getJobParameters().getString(RUN_ID));
					if (store.finish(runId, failure(execution), clock.instant())) {
						store.find(runId).ifPresent(metrics::finished);
					}
				}
			})
			.build();
	}

	@Bean
	Step importApplyStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ImportReader importApplyReader, ImportApply importApply) {
		return new StepBuilder("apply", jobRepository).<RawPerson, ImportRow>chunk(APPLY_CHUNK)
			.transactionManager(transactionManager)
			.reader(importApplyReader)
			.processor(importApply)
			.writer(importApply)
			.listener(importApply)
			.build();
	}

	@Bean
	@StepScope
	ImportReader importApplyReader(ImportRunStore store, @Value("#{jobParameters['runId']}") String runId) {
		UUID id = UUID.fromString(runId);
		return new ImportReader(store, id, store.find(id).orElseThrow().format(), true);
	}

	@Bean
	@StepScope
	ImportApply importApply(ImportRunStore store, @Value("#{jobParameters['runId']}") String runId, Accounts accounts,
			ClientImports clients, Routes routes, AccessLog accessLog, Clock clock, PlausibleDates plausible,
			ImportMetrics metrics) {
		ImportRun run = store.find(UUID.fromString(runId)).orElseThrow();
		CurrentUser importer = accounts.findUser(run.createdBy())
			.filter(CurrentUser::isEnabled)
			.orElseThrow(() -> new IllegalStateException("the importer's account is gone or disabled"));
		return new ImportApply(store, run, importer, clients, routes, accessLog, clock, plausible, metrics);
	}

	@Bean
	Step importCheckStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ImportReader importCheckReader, ImportCheck importCheck) {
		return new StepBuilder("check", jobRepository).<RawPerson, RowCheck.Checked>chunk(CHECK_CHUNK)
			.transactionManager(transactionManager)
			.reader(importCheckReader)
			.processor(importCheck)
			.writer(importCheck)
			.listener(importCheck)
			.allowStartIfComplete(true)
			.build();
	}

	@Bean
	@StepScope
	ImportReader importCheckReader(ImportRunStore store, @Value("#{jobParameters['runId']}") String runId) {
		UUID id = UUID.fromString(runId);
		ImportRun run = store.find(id).orElseThrow();
		return new ImportReader(store, id, run.format(), false);
	}

	@Bean
	@StepScope
	ImportCheck importCheck(ImportRunStore store, @Value("#{jobParameters['runId']}") String runId,
			ImportSettings settings, Clock clock, PlausibleDates plausible, ImportMetrics metrics) {
		return new ImportCheck(store, UUID.fromString(runId), settings.maxRefusedRows(), clock, plausible, metrics);
	}

	/**
	 * Why a run failed, as a message key: too many refused rows, a file that is no valid
	 * CSV after its header (found while reading it, before anything was applied), or an
	 * error.
	 */
	private static String failure(JobExecution execution) {
		boolean unreadable = execution.getAllFailureExceptions()
			.stream()
			.anyMatch(ex -> ex instanceof ImportFile.FileRefused || ex.getCause() instanceof ImportFile.FileRefused);
		return switch (execution.getStatus()) {
			case COMPLETED -> null;
			case STOPPED -> "tooManyRefused";
			default -> unreadable ? "csv" : "error";
		};
	}

}

package nl.koers.dataimport;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import nl.koers.system.AfterCommit;

import org.springframework.stereotype.Component;

/**
 * Imports as metrics: rows by what became of them, counted when their batch commits
 * ({@code koers.import.rows}), and finished runs by mode and outcome
 * ({@code koers.imports}; a run that failed and was continued counts again when it ends).
 */
@Component
class ImportMetrics {

	private static final String[] RESULTS = { "checked", "refused", "created", "updated", "unchanged" };

	private final MeterRegistry registry;

	ImportMetrics(MeterRegistry registry) {
		this.registry = registry;
		for (String result : RESULTS) {
			rows(result);
		}
		for (boolean dryRun : new boolean[] { true, false }) {
			for (ImportRun.Status status : new ImportRun.Status[] { ImportRun.Status.DONE, ImportRun.Status.FAILED }) {
				runs(dryRun, status);
			}
		}
	}

	void checked(int rows, int refused) {
		count("checked", rows);
		count("refused", refused);
	}

	void applied(int created, int updated, int unchanged) {
		count("created", created);
		count("updated", updated);
		count("unchanged", unchanged);
	}

	void finished(ImportRun run) {
		runs(run.dryRun(), run.status()).increment();
	}

	private void count(String result, int rows) {
		Counter counter = rows(result);
		AfterCommit.run(() -> counter.increment(rows));
	}

	private Counter rows(String result) {
		return Counter.builder("koers.import.rows")
			.description("Rows of imports, by what became of them")
			.tag("result", result)
			.register(this.registry);
	}

	private Counter runs(boolean dryRun, ImportRun.Status status) {
		return Counter.builder("koers.imports")
			.description("Import runs that ended")
			.tag("mode", dryRun ? "dry_run" : "apply")
			.tag("outcome", status == ImportRun.Status.DONE ? "done" : "failed")
			.register(this.registry);
	}

}

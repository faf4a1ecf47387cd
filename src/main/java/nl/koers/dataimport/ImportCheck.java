package nl.koers.dataimport;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.koers.client.api.Bsn;
import nl.koers.client.api.PlausibleDates;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * The first step of every import: each row checked by {@link RowCheck}, a BSN that comes
 * twice in the file named on its second line, every problem recorded with the run. The
 * step always starts from the first row (its problems are cleared first), and stops the
 * import (the job ends {@code STOPPED}) once more rows are refused than the settings
 * allow.
 */
class ImportCheck
		implements ItemProcessor<RawPerson, RowCheck.Checked>, ItemWriter<RowCheck.Checked>, StepExecutionListener {

	private final ImportRunStore store;

	private final UUID runId;

	private final int maxRefused;

	private final Clock clock;

	private final LocalDate today;

	private final PlausibleDates plausible;

	private final Map<String, Long> firstLines = new HashMap<>();

	private int refused;

	private StepExecution stepExecution;

	private final ImportMetrics metrics;

	ImportCheck(ImportRunStore store, UUID runId, int maxRefused, Clock clock, PlausibleDates plausible,
			ImportMetrics metrics) {
		this.plausible = plausible;
		this.store = store;
		this.metrics = metrics;
		this.runId = runId;
		this.maxRefused = maxRefused;
		this.clock = clock;
		this.today = LocalDate.now(clock);
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.stepExecution = stepExecution;
		this.store.clearProblems(this.runId);
	}

	@Override
	public RowCheck.Checked process(RawPerson person) {
		RowCheck.Checked checked = RowCheck.check(person, this.today, this.plausible);
		String bsn = person.bsn() == null ? null : person.bsn().strip();
		if (bsn == null || !Bsn.isValid(bsn)) {
			return checked;
		}
		Long first = this.firstLines.putIfAbsent(bsn, person.line());
		if (first == null) {
			return checked;
		}
		List<RowProblem> problems = new ArrayList<>(checked.problems());
		problems.add(RowProblem.of(person.line(), "bsn", bsn, "bsnRepeated", first));
		return new RowCheck.Checked(null, problems);
	}

	@Override
	public void write(Chunk<? extends RowCheck.Checked> chunk) {
		List<RowProblem> problems = new ArrayList<>();
		int refusedHere = 0;
		for (RowCheck.Checked checked : chunk) {
			if (!checked.passed()) {
				refusedHere++;
				problems.addAll(checked.problems());
			}
		}
		if (!problems.isEmpty()) {
			this.store.addProblems(this.runId, problems);
		}
		this.store.countChecked(this.runId, chunk.size(), refusedHere, this.clock.instant());
		this.metrics.checked(chunk.size(), refusedHere);
		this.refused += refusedHere;
		if (this.refused > this.maxRefused) {
			// the problems found so far are committed with this batch; the import stops
			// here
			this.stepExecution.setTerminateOnly();
		}
	}

}

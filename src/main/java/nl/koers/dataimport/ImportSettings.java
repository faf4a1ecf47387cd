package nl.koers.dataimport;

import java.time.Duration;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The bounds of an import ({@code koers.import.*}): the largest file accepted, in bytes,
 * how many rows may be refused before the whole file is, after how long without progress
 * a running import counts as stalled (its node gone) and another node takes it over, and
 * how long after a run finished its file is kept (to import a dry run or try a failed run
 * again), after which it is cleared.
 */
@ConfigurationProperties("koers.import")
@Validated
record ImportSettings(@Min(1) Long maxFileBytes, @Min(0) Integer maxRefusedRows, Duration stalledAfter,
		Duration filesKeptFor) {

	ImportSettings {
		maxFileBytes = maxFileBytes == null ? 64L * 1024 * 1024 : maxFileBytes;
		maxRefusedRows = maxRefusedRows == null ? 1000 : maxRefusedRows;
		stalledAfter = stalledAfter == null ? Duration.ofMinutes(5) : stalledAfter;
		filesKeptFor = filesKeptFor == null ? Duration.ofDays(14) : filesKeptFor;
		if (filesKeptFor.isNegative()) {
			throw new IllegalArgumentException("koers.import.files-kept-for must not be negative");
		}
	}

}

package nl.koers.privacy;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;

import nl.koers.privacy.api.RecordKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The retention periods: defaults for every kind, and a start that fails with a clear
 * message for a negative period, a kind about a client kept longer than the file, or
 * decisions kept longer than the documents.
 */
class RetentionSettingsTests {

	@Test
	void everyKindHasADefaultAndTheFileIsTheLongest() {
		RetentionSettings settings = new RetentionSettings(null);
		assertThat(settings.periods()).containsOnlyKeys(RecordKind.values());
		assertThat(settings.period(RecordKind.FILE)).isEqualTo(Period.ofYears(10));
		assertThat(settings.period(RecordKind.ACCESS_LOG)).isEqualTo(Period.ofYears(5));
	}

	@Test
	void aPeriodGivenReplacesOnlyItsDefault() {
		RetentionSettings settings = new RetentionSettings(Map.of(RecordKind.CHANGE_HISTORY, Period.ofYears(2)));
		assertThat(settings.period(RecordKind.CHANGE_HISTORY)).isEqualTo(Period.ofYears(2));
		assertThat(settings.period(RecordKind.DOCUMENTS)).isEqualTo(Period.ofYears(10));
	}

	@Test
	void aFileExpiresTheDayAfterItsPeriodHasPassed() {
		RetentionSettings settings = new RetentionSettings(null);
		LocalDate closed = LocalDate.of(2014, 6, 30);
		assertThat(settings.expired(RecordKind.FILE, closed, LocalDate.of(2024, 6, 30))).isFalse();
		assertThat(settings.expired(RecordKind.FILE, closed, LocalDate.of(2024, 7, 1))).isTrue();
	}

	@Test
	void aNegativePeriodStopsTheStart() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RetentionSettings(Map.of(RecordKind.DOCUMENTS, Period.ofYears(-1))))
			.withMessageContaining("koers.retention.periods.documents must not be negative");
	}

	@Test
	void aKindKeptLongerThanTheFileStopsTheStart() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RetentionSettings(Map.of(RecordKind.CHANGE_HISTORY, Period.ofYears(12))))
			.withMessageContaining("koers.retention.periods.change-history (P12Y) is longer than "
					+ "koers.retention.periods.file (P10Y)");
		assertThat(new RetentionSettings(Map.of(RecordKind.ACCESS_LOG, Period.ofYears(12))).periods())
			.as("the access log counts per entry, not per client")
			.containsEntry(RecordKind.ACCESS_LOG, Period.ofYears(12));
	}

	@Test
	void decisionsKeptLongerThanDocumentsStopTheStart() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RetentionSettings(Map.of(RecordKind.DOCUMENTS, Period.ofYears(7))))
			.withMessageContaining("a decision letter is a document");
	}

}

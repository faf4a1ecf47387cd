package nl.koers.task;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The worklist filter's day arithmetic, without a Spring context.
 */
class DueWithinTests {

	private static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);

	@Test
	void thisWeekRunsUpToAndIncludingSunday() {
		assertThat(DueWithin.WEEK.dueBefore(WEDNESDAY)).isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(DueWithin.WEEK.dueBefore(LocalDate.of(2026, 11, 29))).as("on Sunday")
			.isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(DueWithin.WEEK.dueBefore(LocalDate.of(2026, 11, 30))).as("on Monday")
			.isEqualTo(LocalDate.of(2026, 12, 7));
	}

	@Test
	void fourWeeksIncludeTheSameWeekdayFourWeeksAhead() {
		assertThat(DueWithin.FOUR_WEEKS.dueBefore(WEDNESDAY)).isEqualTo(LocalDate.of(2026, 12, 24));
	}

	@Test
	void allHasNoLimit() {
		assertThat(DueWithin.ALL.dueBefore(WEDNESDAY)).isNull();
	}

}

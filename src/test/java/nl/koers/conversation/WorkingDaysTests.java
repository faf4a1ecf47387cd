package nl.koers.conversation;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingDaysTests {

	@Test
	void easterFollowsTheGregorianComputus() {
		assertThat(WorkingDays.easter(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
		assertThat(WorkingDays.easter(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
		assertThat(WorkingDays.easter(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
		assertThat(WorkingDays.easter(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
	}

	@Test
	void theDutchPublicHolidaysOf2026() {
		assertThat(WorkingDays.holidays(2026)).containsExactlyInAnyOrder(LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 27), LocalDate.of(2026, 5, 14),
				LocalDate.of(2026, 5, 25), LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26));
	}

	@Test
	void kingsDayMovesToSaturdayWhenThe27thIsASunday() {
		assertThat(WorkingDays.holidays(2025)).contains(LocalDate.of(2025, 4, 26))
			.doesNotContain(LocalDate.of(2025, 4, 27));
	}

	@Test
	void liberationDayIsADayOffEveryFiveYears() {
		assertThat(WorkingDays.holidays(2025)).contains(LocalDate.of(2025, 5, 5));
		assertThat(WorkingDays.isWorkingDay(LocalDate.of(2025, 5, 5))).isFalse();
		assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 5, 5))).isTrue();
	}

	@Test
	void weekendsDoNotCount() {
		LocalDate friday = LocalDate.of(2026, 11, 20);
		assertThat(WorkingDays.add(friday, 1)).isEqualTo(LocalDate.of(2026, 11, 23));
		assertThat(WorkingDays.add(friday, 5)).isEqualTo(LocalDate.of(2026, 11, 27));
		assertThat(WorkingDays.add(LocalDate.of(2026, 11, 21), 1)).isEqualTo(LocalDate.of(2026, 11, 23));
		assertThat(WorkingDays.add(friday, 0)).isEqualTo(friday);
	}

	@Test
	void easterAndChristmasAreSkipped() {
		assertThat(WorkingDays.add(LocalDate.of(2026, 4, 2), 2)).as("Thursday before Easter 2026")
			.isEqualTo(LocalDate.of(2026, 4, 7));
		assertThat(WorkingDays.add(LocalDate.of(2025, 12, 24), 5)).as("Christmas and New Year")
			.isEqualTo(LocalDate.of(2026, 1, 5));
		assertThat(WorkingDays.add(LocalDate.of(2026, 5, 13), 1)).as("Ascension Day")
			.isEqualTo(LocalDate.of(2026, 5, 15));
		assertThat(WorkingDays.add(LocalDate.of(2026, 4, 24), 1)).as("King's Day on Monday")
			.isEqualTo(LocalDate.of(2026, 4, 28));
	}

}

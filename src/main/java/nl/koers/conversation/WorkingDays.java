package nl.koers.conversation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.HashSet;
import java.util.Set;

/**
 * Dutch working days: not a Saturday or Sunday and not a public holiday (Nieuwjaarsdag,
 * Tweede Paasdag, Koningsdag, Bevrijdingsdag in lustrum years, Hemelvaartsdag, Tweede
 * Pinksterdag, Eerste and Tweede Kerstdag). Goede Vrijdag and Bevrijdingsdag in other
 * years are not general days off.
 */
final class WorkingDays {

	private WorkingDays() {
	}

	/**
	 * The day that lies this many working days after {@code from}; {@code from} itself
	 * does not count.
	 */
	static LocalDate add(LocalDate from, int workingDays) {
		LocalDate day = from;
		for (int counted = 0; counted < workingDays;) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return day;
	}

	/**
	 * Whether the day is neither a weekend day nor a public holiday.
	 */
	static boolean isWorkingDay(LocalDate day) {
		DayOfWeek weekday = day.getDayOfWeek();
		return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays(day.getYear()).contains(day);
	}

	/**
	 * The general public holidays of the year.
	 */
	static Set<LocalDate> holidays(int year) {
		LocalDate easter = easter(year);
		LocalDate kingsDay = LocalDate.of(year, Month.APRIL, 27);
		if (kingsDay.getDayOfWeek() == DayOfWeek.SUNDAY) {
			kingsDay = kingsDay.minusDays(1);
		}
		Set<LocalDate> days = new HashSet<>(Set.of(LocalDate.of(year, Month.JANUARY, 1), easter.plusDays(1), kingsDay,
				easter.plusDays(39), easter.plusDays(50), LocalDate.of(year, Month.DECEMBER, 25),
				LocalDate.of(year, Month.DECEMBER, 26)));
		if (year % 5 == 0) {
			days.add(LocalDate.of(year, Month.MAY, 5));
		}
		return days;
	}

	/**
	 * Easter Sunday by the anonymous Gregorian computus (Meeus/Jones/Butcher).
	 */
	static LocalDate easter(int year) {
		int a = year % 19;
		int b = year / 100;
		int c = year % 100;
		int d = b / 4;
		int e = b % 4;
		int f = (b + 8) / 25;
		int g = (b - f + 1) / 3;
		int h = (19 * a + b - d - g + 15) % 30;
		int i = c / 4;
		int k = c % 4;
		int l = (32 + 2 * e + 2 * i - h - k) % 7;
		int m = (a + 11 * h + 22 * l) / 451;
		int month = (h + l - 7 * m + 114) / 31;
		int day = (h + l - 7 * m + 114) % 31 + 1;
		return LocalDate.of(year, month, day);
	}

}

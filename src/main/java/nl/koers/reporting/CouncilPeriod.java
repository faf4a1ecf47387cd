package nl.koers.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.koers.system.InvalidFieldException;

/**
 * A period the council report covers: a quarter ({@code 2026-Q3}) or a year
 * ({@code 2026}).
 *
 * @param name as written in the address and on the report
 * @param from the first day
 * @param until the last day (inclusive)
 */
record CouncilPeriod(String name, LocalDate from, LocalDate until) {

	static final int FIRST_YEAR = 2000;

	static final int LAST_YEAR = 2100;

	private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-Q([1-4]))?");

	/**
	 * The period written as {@code YYYY-Qn} or {@code YYYY}; refused (400 naming the
	 * field) otherwise.
	 */
	static CouncilPeriod parse(String text, String field) {
		Matcher matcher = FORMAT.matcher(text == null ? "" : text.trim());
		if (!matcher.matches()) {
			throw new InvalidFieldException(field, "council.period.invalid");
		}
		int year = Integer.parseInt(matcher.group(1));
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw new InvalidFieldException(field, "council.period.invalid");
		}
		return matcher.group(2) == null ? year(year) : quarter(year, Integer.parseInt(matcher.group(2)));
	}

	static CouncilPeriod year(int year) {
		return new CouncilPeriod(String.valueOf(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	static CouncilPeriod quarter(int year, int quarter) {
		LocalDate from = LocalDate.of(year, 3 * quarter - 2, 1);
		return new CouncilPeriod(year + "-Q" + quarter, from, from.plusMonths(3).minusDays(1));
	}

	/**
	 * The last quarter that has ended before the date.
	 */
	static CouncilPeriod lastFullQuarter(LocalDate today) {
		return of(today).previous();
	}

	/**
	 * The quarter the date lies in.
	 */
	static CouncilPeriod of(LocalDate date) {
		return quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
	}

	boolean isQuarter() {
		return this.name.contains("Q");
	}

	/**
	 * The period of the same length just before this one.
	 */
	CouncilPeriod previous() {
		LocalDate day = this.from.minusDays(1);
		return isQuarter() ? of(day) : year(day.getYear());
	}

	/**
	 * The periods to choose from: the quarters that have ended, newest first, over the
	 * last three years, then the last five full years.
	 */
	static List<CouncilPeriod> choices(LocalDate today) {
		List<CouncilPeriod> choices = new ArrayList<>();
		for (CouncilPeriod quarter = lastFullQuarter(today); choices.size() < 12; quarter = quarter.previous()) {
			choices.add(quarter);
		}
		for (int year = today.getYear() - 1; year >= today.getYear() - 5; year--) {
			choices.add(year(year));
		}
		return choices;
	}

}

package nl.koers.obligation;

import nl.koers.system.InvalidFieldException;

/**
 * The years a measures report covers: by default the last five, at most fifty.
 */
record MeasureReportYears(int from, int until) {

	static MeasureReportYears of(Integer from, Integer until, int currentYear) {
		int last = until == null ? currentYear : until;
		int first = from == null ? last - 4 : from;
		if (first > last) {
			throw new InvalidFieldException("from", "measure.report.fromAfterUntil");
		}
		if (last - first >= 50 || first < 1900) {
			throw new InvalidFieldException("from", "measure.report.tooManyYears");
		}
		return new MeasureReportYears(first, last);
	}

}

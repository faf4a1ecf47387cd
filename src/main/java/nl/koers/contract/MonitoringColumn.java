package nl.koers.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import nl.koers.client.api.Outcome;

/**
 * A figure as the page and the exports show it: its label's message key (with the key of
 * its one argument, such as an outcome's label, or {@code null}), whether it is money,
 * and how to read it.
 */
record MonitoringColumn(String key, String argumentKey, boolean money, Function<MonitoringFigures, Number> value) {

	static final List<MonitoringColumn> ALL = all();

	public Number of(MonitoringFigures figures) {
		return this.value.apply(figures);
	}

	private static List<MonitoringColumn> all() {
		List<MonitoringColumn> columns = new ArrayList<>(
				List.of(count("places", MonitoringFigures::places), count("used", MonitoringFigures::used),
						count("left", MonitoringFigures::left), count("waiting", MonitoringFigures::waiting),
						count("running", MonitoringFigures::running), count("overdue", MonitoringFigures::overdue),
						count("endingSoon", MonitoringFigures::endingSoon), count("ended", MonitoringFigures::ended)));
		for (Outcome outcome : Outcome.values()) {
			columns.add(new MonitoringColumn("monitoring.endedWith", "outcome." + outcome, false,
					figures -> figures.outcomes().get(outcome)));
		}
		columns.addAll(List.of(count("inAftercare", MonitoringFigures::inAftercare),
				count("averageDurationDays", MonitoringFigures::averageDurationDays),
				count("declined", MonitoringFigures::declined), count("withdrawn", MonitoringFigures::withdrawn),
				count("notApproved", MonitoringFigures::notApproved),
				new MonitoringColumn("monitoring.committed", null, true, MonitoringFigures::committed),
				new MonitoringColumn("monitoring.spent", null, true, MonitoringFigures::spent),
				new MonitoringColumn("monitoring.costPerOutcome", null, true, MonitoringFigures::costPerOutcome)));
		return List.copyOf(columns);
	}

	private static MonitoringColumn count(String name, Function<MonitoringFigures, Number> value) {
		return new MonitoringColumn("monitoring." + name, null, false, value);
	}

}

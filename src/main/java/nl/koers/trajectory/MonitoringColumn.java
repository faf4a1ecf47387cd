package nl.koers.trajectory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A figure as the page and the exports show it: its label's message key, whether it is
 * money, and how to read it. Public because the page template reads it.
 */
public record MonitoringColumn(String key, boolean money, Function<Figures, Number> value) {

	static final List<MonitoringColumn> ALL = all();

	public Number of(Figures figures) {
		return this.value.apply(figures);
	}

	private static List<MonitoringColumn> all() {
		List<MonitoringColumn> columns = new ArrayList<>(List.of(count("places", Figures::places),
				count("used", Figures::used), count("left", Figures::left), count("waiting", Figures::waiting),
				count("running", Figures::running), count("overdue", Figures::overdue),
				count("endingSoon", Figures::endingSoon), count("ended", Figures::ended)));
		for (Outcome outcome : Outcome.values()) {
			columns.add(count("outcome." + outcome, figures -> figures.outcomes().get(outcome)));
		}
		columns.addAll(List.of(count("inAftercare", Figures::inAftercare),
				count("averageDurationDays", Figures::averageDurationDays), count("declined", Figures::declined),
				count("withdrawn", Figures::withdrawn), count("notApproved", Figures::notApproved),
				new MonitoringColumn("monitoring.committed", true, Figures::committed),
				new MonitoringColumn("monitoring.spent", true, Figures::spent),
				new MonitoringColumn("monitoring.costPerOutcome", true, Figures::costPerOutcome)));
		return List.copyOf(columns);
	}

	private static MonitoringColumn count(String name, Function<Figures, Number> value) {
		return new MonitoringColumn("monitoring." + name, false, value);
	}

}

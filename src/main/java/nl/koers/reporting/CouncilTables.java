package nl.koers.reporting;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

import nl.koers.budget.api.SourceYear;
import nl.koers.client.api.Outcome;
import nl.koers.reporting.RouteFlows.FlowCount;
import nl.koers.route.api.Route;
import nl.koers.route.api.RoutePeriod.Kp4Exit;

import org.springframework.context.MessageSource;

/**
 * The council report as titled tables with their texts, so that the page and the workbook
 * show the same: a count left out is "&lt; 5", a sum with a part left out is left out too
 * (it would give the part away).
 */
final class CouncilTables {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

	private final CouncilReport report;

	private final MessageSource messages;

	private final TargetDefinitions definitions;

	private final Locale locale;

	private final String small;

	private final String leftOut;

	private final DecimalFormat money;

	private final DecimalFormat count;

	private final DecimalFormat share;

	CouncilTables(CouncilReport report, MessageSource messages, TargetDefinitions definitions, Locale locale) {
		this.report = report;
		this.messages = messages;
		this.definitions = definitions;
		this.locale = locale;
		this.small = text("report.flows.suppressed.cell", report.threshold());
		this.leftOut = text("council.leftOut");
		this.money = new DecimalFormat("€ #,##0.00", DecimalFormatSymbols.getInstance(locale));
		this.count = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(locale));
		this.share = new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(locale));
	}

	public String title() {
		return text("council.title") + " – " + this.report.municipality();
	}

	/**
	 * The periods compared, with their dates.
	 */
	public String periods() {
		List<String> periods = this.report.periods()
			.stream()
			.map(column -> text("council.period", column.period().name(), DAY.format(column.period().from()),
					DAY.format(column.period().until())))
			.toList();
		return text("council.compared", periods.get(0), periods.get(1));
	}

	/**
	 * The line on small numbers, or {@code null} when none were left out.
	 */
	public String note() {
		return this.report.suppressed() ? text("council.suppressed", this.report.threshold()) : null;
	}

	public List<Table> tables() {
		return List.of(stock(), flows(), outcomes(), targets(), definitions(), money(), places());
	}

	/**
	 * The clients per route at the start and at the end of each period.
	 */
	Table stock() {
		List<String> headings = new ArrayList<>(List.of(text("route.route")));
		for (CouncilReport.Column column : this.report.periods()) {
			headings.add(text("council.stock.start", column.period().name()));
			headings.add(text("council.stock.end", column.period().name()));
		}
		List<List<Cell>> rows = new ArrayList<>();
		for (Route route : Route.values()) {
			List<Cell> row = new ArrayList<>(List.of(label(text("route." + route))));
			for (CouncilReport.Column column : this.report.periods()) {
				row.add(counted(column.flows().start().get(route)));
				row.add(counted(column.flows().end().get(route)));
			}
			rows.add(row);
		}
		return new Table("stock", text("council.stock"), headings, rows);
	}

	/**
	 * Who entered KP4, who moved between routes and who left KP4 by each way, in each
	 * period.
	 */
	Table flows() {
		List<List<Cell>> rows = new ArrayList<>();
		rows.add(flowRow(text("council.flows.entered"), flow -> flow.from().equals(FlowStates.NEW)));
		rows.add(flowRow(text("council.flows.moved"), flow -> route(flow.from()) && route(flow.to())));
		for (Kp4Exit exit : Kp4Exit.values()) {
			String state = FlowStates.left(exit);
			rows.add(flowRow(text("council.flows.left", text("report.flows.state." + state)),
					flow -> flow.to().equals(state)));
		}
		return new Table("flows", text("council.flows"), periodHeadings(text("council.flows.what")), rows);
	}

	/**
	 * Per outcome, the clients who reached it in each period; a client who reached two
	 * outcomes counts at both, so there is no total.
	 */
	Table outcomes() {
		List<List<Cell>> rows = new ArrayList<>();
		for (Outcome outcome : Outcome.values()) {
			List<Cell> row = new ArrayList<>(List.of(label(text("council.outcome." + outcome))));
			for (CouncilReport.Column column : this.report.periods()) {
				row.add(counted(column.outcomes().get(outcome)));
			}
			rows.add(row);
		}
		return new Table("outcomes", text("council.outcomes"), periodHeadings(text("council.outcomes.what")), rows);
	}

	/**
	 * Every target whose period has begun by the end of either period: its value, and per
	 * period what is realised and what is expected by its last day. A realisation that
	 * rests on a count left out is left out.
	 */
	Table targets() {
		List<String> headings = new ArrayList<>(List.of(text("council.targets.target"), text("council.targets.value")));
		for (CouncilReport.Column column : this.report.periods()) {
			headings.add(text("council.targets.realised", column.period().name()));
			headings.add(text("council.targets.expected", column.period().name()));
		}
		List<List<Cell>> rows = new ArrayList<>();
		for (Target target : targetList()) {
			List<Cell> row = new ArrayList<>(List.of(label(targetName(target)), decimal(target.value())));
			for (CouncilReport.Column column : this.report.periods()) {
				TargetRealisation found = column.targets()
					.stream()
					.filter(each -> each.target().id().equals(target.id()))
					.findFirst()
					.orElse(null);
				if (found == null) {
					row.add(new Cell(null, ""));
					row.add(new Cell(null, ""));
				}
				else {
					row.add(found.realised() == null ? new Cell(this.leftOut, this.leftOut)
							: decimal(found.realised()));
					row.add(decimal(found.expected()));
				}
			}
			rows.add(row);
		}
		return new Table("targets", text("council.targets"), headings, rows);
	}

	/**
	 * What each target measures, in words.
	 */
	Table definitions() {
		List<List<Cell>> rows = targetList().stream()
			.map(target -> List.of(label(targetName(target)), label(this.definitions.of(target, this.locale))))
			.toList();
		return new Table("definitions", text("council.definitions"),
				List.of(text("council.targets.target"), text("council.definitions.what")), rows);
	}

	private List<Target> targetList() {
		Map<UUID, Target> targets = new LinkedHashMap<>();
		for (CouncilReport.Column column : this.report.periods()) {
			column.targets()
				.forEach(realisation -> targets.putIfAbsent(realisation.target().id(), realisation.target()));
		}
		return List.copyOf(targets.values());
	}

	private String targetName(Target target) {
		return text("council.targets.name", this.definitions.title(target, this.locale),
				text("report.target.unit." + target.unit()), DAY.format(target.from()), DAY.format(target.until()));
	}

	/**
	 * Per budget source, the budget, what is committed and what is spent in the year each
	 * period ends in, and the totals.
	 */
	Table money() {
		List<String> headings = new ArrayList<>(List.of(text("council.money.source")));
		TreeSet<String> sources = new TreeSet<>();
		for (CouncilReport.Column column : this.report.periods()) {
			headings.add(text("council.money.budget", column.period().name(), column.year()));
			headings.add(text("council.money.committed", column.period().name(), column.year()));
			headings.add(text("council.money.spent", column.period().name(), column.year()));
			column.money().forEach(source -> sources.add(source.source()));
		}
		List<List<Cell>> rows = new ArrayList<>();
		for (String source : sources) {
			List<Cell> row = new ArrayList<>(List.of(label(source)));
			for (CouncilReport.Column column : this.report.periods()) {
				SourceYear found = column.money()
					.stream()
					.filter(each -> each.source().equals(source))
					.findFirst()
					.orElse(null);
				row.add(amount(found == null ? BigDecimal.ZERO : found.budget()));
				row.add(amount(found == null ? BigDecimal.ZERO : found.committed()));
				row.add(amount(found == null ? BigDecimal.ZERO : found.spent()));
			}
			rows.add(row);
		}
		if (!sources.isEmpty()) {
			List<Cell> total = new ArrayList<>(List.of(label(text("council.money.total"))));
			for (CouncilReport.Column column : this.report.periods()) {
				total.add(amount(sum(column.money(), SourceYear::budget)));
				total.add(amount(sum(column.money(), SourceYear::committed)));
				total.add(amount(sum(column.money(), SourceYear::spent)));
			}
			rows.add(total);
		}
		return new Table("money", text("council.money"), headings, rows);
	}

	/**
	 * Per contract, its places and how many were taken at the end of each period.
	 */
	Table places() {
		List<String> headings = new ArrayList<>(List.of(text("council.places.contract"), text("council.places")));
		for (CouncilReport.Column column : this.report.periods()) {
			headings.add(text("council.places.used", column.period().name()));
		}
		List<List<Cell>> rows = new ArrayList<>();
		for (CouncilReport.Contract contract : this.report.contracts()) {
			List<Cell> row = new ArrayList<>(List.of(label(contract.name()), counted((long) contract.places())));
			for (CouncilReport.Column column : this.report.periods()) {
				row.add(counted(column.placesUsed().get(contract.id())));
			}
			rows.add(row);
		}
		return new Table("places", text("council.places.title"), headings, rows);
	}

	private List<Cell> flowRow(String label, Predicate<FlowCount> part) {
		List<Cell> row = new ArrayList<>(List.of(label(label)));
		for (CouncilReport.Column column : this.report.periods()) {
			List<FlowCount> parts = column.flows().flows().stream().filter(part).toList();
			row.add(parts.stream().anyMatch(flow -> flow.count() == null) ? new Cell(this.leftOut, this.leftOut)
					: counted(parts.stream().mapToLong(FlowCount::count).sum()));
		}
		return row;
	}

	private List<String> periodHeadings(String first) {
		List<String> headings = new ArrayList<>(List.of(first));
		this.report.periods().forEach(column -> headings.add(column.period().name()));
		return headings;
	}

	private static boolean route(String state) {
		return FlowStates.SOURCES.contains(state) && !FlowStates.NEW.equals(state);
	}

	private static BigDecimal sum(List<SourceYear> money, Function<SourceYear, BigDecimal> amount) {
		return money.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static Cell label(String text) {
		return new Cell(text, text);
	}

	/**
	 * A count, or "&lt; 5" when it is left out.
	 */
	private Cell counted(Long value) {
		return value == null ? new Cell(this.small, this.small) : new Cell(value, this.count.format(value));
	}

	/**
	 * A share or a number with one decimal: a number in the workbook, not an amount.
	 */
	private Cell decimal(BigDecimal value) {
		return value == null ? new Cell(null, "") : new Cell(value.doubleValue(), this.share.format(value));
	}

	private Cell amount(BigDecimal value) {
		return new Cell(value, this.money.format(value));
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, this.locale);
	}

	/**
	 * A titled table: a row of headings, then rows whose first cell names them.
	 */
	record Table(String id, String title, List<String> headings, List<List<Cell>> rows) {

		/**
		 * The rows as the workbook writes them: numbers as numbers, amounts as amounts.
		 */
		List<List<Object>> values() {
			return this.rows.stream().map(row -> row.stream().map(Cell::value).toList()).toList();
		}

	}

	/**
	 * A cell: its value for the workbook (a count, an amount or text) and its text for
	 * the page.
	 */
	record Cell(Object value, String text) {
	}

}

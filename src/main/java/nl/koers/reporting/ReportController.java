package nl.koers.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;

import nl.koers.client.api.BenefitEndReason;
import nl.koers.identity.api.CurrentUser;
import nl.koers.route.api.Route;
import nl.koers.system.CsvWriter;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The route report page: the table for a reference date, a chart of the monthly counts
 * over a period, who left KP4 in the period, and the same figures as CSV and XLSX. Small
 * numbers are left out as the API leaves them out, and the files say so.
 */
@Controller
@RequestMapping("/reports")
@PreAuthorize("@reportingPolicy.mayRead(principal)")
class ReportController {

	private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

	private final RouteReportService report;

	private final MessageSource messages;

	private final Clock clock;

	ReportController(RouteReportService report, MessageSource messages, Clock clock) {
		this.report = report;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/routes")
	String page(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
			@RequestParam(defaultValue = "CLIENTS") Counted count, Model model) {
		Period period = period(date, from, until);
		List<RouteCounts> series = this.report.monthly(user, period.from(), period.until(), count);
		RouteCounts counts = this.report.counts(user, period.date(), count);
		Kp4Left exits = this.report.exits(user, period.from(), period.until());
		model.addAttribute("counts", counts);
		model.addAttribute("count", count);
		model.addAttribute("countings", Counted.values());
		model.addAttribute("from", period.from());
		model.addAttribute("until", period.until());
		model.addAttribute("series", series);
		model.addAttribute("chart", RouteChart.of(series));
		model.addAttribute("routes", Route.values());
		model.addAttribute("exits", exits);
		model.addAttribute("suppressed", !counts.suppressed().isEmpty() || !exits.suppressed().isEmpty()
				|| series.stream().anyMatch(month -> !month.suppressed().isEmpty()));
		model.addAttribute("reasons", BenefitEndReason.values());
		return "reporting/routes";
	}

	/**
	 * The figures as CSV through the shared {@link CsvWriter}: one row per date, in date
	 * order (the first of every month of the period and the reference date), each with
	 * the municipality, the date, the count per route and the total.
	 */
	@GetMapping("/routes.csv")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
			@RequestParam(defaultValue = "CLIENTS") Counted count, Locale locale) {
		Period period = period(date, from, until);
		SortedMap<LocalDate, RouteCounts> rows = rows(user, period, count);
		String municipality = this.report.municipalityName(user);
		CsvWriter csv = CsvWriter.forSpreadsheet(locale);
		List<Object> header = new ArrayList<>(List.of(text("report.municipality", locale)));
		header.addAll(header(locale, count));
		csv.row(header);
		for (RouteCounts counts : rows.values()) {
			List<Object> row = new ArrayList<>(List.of(municipality));
			row.addAll(row(counts, small(counts.threshold(), locale)));
			csv.row(row);
		}
		if (rows.values().stream().anyMatch(counts -> !counts.suppressed().isEmpty())) {
			csv.row(municipality, "", suppressedNote(rows.values().iterator().next().threshold(), locale));
		}
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename(period, count) + ".csv").build().toString())
			.body(csv.toBytes());
	}

	/**
	 * The figures of the CSV as a workbook: the counts per date (the first of every month
	 * of the period and the reference date), then who left KP4 in the period; the sheet
	 * names the municipality and the period, and says so when small numbers are left out.
	 */
	@GetMapping("/routes.xlsx")
	ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
			@RequestParam(defaultValue = "CLIENTS") Counted count, Locale locale) {
		Period period = period(date, from, until);
		SortedMap<LocalDate, RouteCounts> rows = rows(user, period, count);
		Kp4Left exits = this.report.exits(user, period.from(), period.until());
		String municipality = this.report.municipalityName(user);
		String title = text("report.routes.title", locale) + " – " + municipality;
		boolean suppressed = !exits.suppressed().isEmpty()
				|| rows.values().stream().anyMatch(counts -> !counts.suppressed().isEmpty());
		XlsxFile file = new XlsxFile(title);
		file.sheet(text("report.routes.title", locale), title,
				text("report.xlsx.period", locale, day(period.date()), day(period.from()), day(period.until())),
				suppressed ? suppressedNote(exits.threshold(), locale) : null)
			.table(null, header(locale, count),
					rows.values().stream().map(counts -> row(counts, small(counts.threshold(), locale))).toList())
			.table(text("report.exit.title", locale, day(exits.from()), day(exits.until())),
					List.of(text("report.exit.way", locale), text("report.clients", locale)), exitRows(exits, locale));
		return XlsxFile.download(file.bytes(), filename(period, count) + ".xlsx");
	}

	/**
	 * Who left KP4 in the period as CSV: one row per way of leaving (outflow per end
	 * reason, handover, profile decision) with its count, and the total.
	 */
	@GetMapping("/outflow.csv")
	ResponseEntity<byte[]> outflowCsv(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
			Locale locale) {
		Period period = period(date, from, until);
		Kp4Left exits = this.report.exits(user, period.from(), period.until());
		String municipality = this.report.municipalityName(user);
		CsvWriter csv = CsvWriter.forSpreadsheet(locale);
		csv.row(List.of(text("report.municipality", locale), text("report.exit.from", locale),
				text("report.exit.until", locale), text("report.exit.way", locale), text("report.clients", locale)));
		for (List<Object> row : exitRows(exits, locale)) {
			List<Object> line = new ArrayList<>(List.of(municipality, exits.from(), exits.until()));
			line.addAll(row);
			csv.row(line);
		}
		if (!exits.suppressed().isEmpty()) {
			csv.row(municipality, exits.from(), exits.until(), suppressedNote(exits.threshold(), locale), "");
		}
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("outflow-" + period.from() + "-" + period.until() + ".csv")
						.build()
						.toString())
			.body(csv.toBytes());
	}

	/**
	 * The counts per date: the first of every month of the period and the reference date,
	 * in date order.
	 */
	private SortedMap<LocalDate, RouteCounts> rows(CurrentUser user, Period period, Counted count) {
		SortedMap<LocalDate, RouteCounts> rows = new TreeMap<>();
		for (RouteCounts month : this.report.monthly(user, period.from(), period.until(), count)) {
			rows.put(month.date(), month);
		}
		rows.put(period.date(), this.report.counts(user, period.date(), count));
		return rows;
	}

	/**
	 * One row per way of leaving KP4 (outflow per end reason, handover, profile decision)
	 * with its count, and the total.
	 */
	private List<List<Object>> exitRows(Kp4Left exits, Locale locale) {
		String small = small(exits.threshold(), locale);
		List<List<Object>> rows = new ArrayList<>();
		for (BenefitEndReason reason : BenefitEndReason.values()) {
			rows.add(List.of(text("report.exit.outflow." + reason, locale), shown(exits.outflow(reason), small)));
		}
		rows.add(List.of(text("report.exit.handover", locale), shown(exits.handedOver(), small)));
		rows.add(List.of(text("report.exit.profile", locale), shown(exits.profileChanged(), small)));
		rows.add(List.of(text("report.total", locale), shown(exits.total(), small)));
		return rows;
	}

	private static String filename(Period period, Counted count) {
		return (count == Counted.HOUSEHOLDS ? "route-households-" : "routes-") + period.date();
	}

	private String suppressedNote(int threshold, Locale locale) {
		return text("report.suppressed", locale, threshold);
	}

	private String small(int threshold, Locale locale) {
		return text("report.flows.suppressed.cell", locale, threshold);
	}

	private static Object shown(Long count, String small) {
		return count == null ? small : count;
	}

	private static String day(LocalDate date) {
		return DAY.format(date);
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

	private List<String> header(Locale locale, Counted count) {
		List<String> header = new ArrayList<>();
		header.add(text("report.date", locale));
		for (Route route : Route.values()) {
			header.add(text("route." + route, locale));
		}
		header.add(text(count == Counted.HOUSEHOLDS ? "report.households.total" : "report.total", locale));
		return header;
	}

	private static List<Object> row(RouteCounts counts, String small) {
		List<Object> row = new ArrayList<>();
		row.add(counts.date());
		for (Route route : Route.values()) {
			row.add(shown(counts.count(route), small));
		}
		row.add(shown(counts.total(), small));
		return row;
	}

	private Period period(LocalDate date, LocalDate from, LocalDate until) {
		LocalDate reference = date != null ? date : LocalDate.now(this.clock);
		LocalDate end = until != null ? until : reference;
		LocalDate start = from != null ? from : end.minusMonths(11).withDayOfMonth(1);
		return new Period(reference, start, end);
	}

	private record Period(LocalDate date, LocalDate from, LocalDate until) {
	}

}

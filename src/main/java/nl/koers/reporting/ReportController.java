package nl.koers.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;

import nl.koers.client.api.BenefitEndReason;
import nl.koers.identity.api.CurrentUser;
import nl.koers.route.api.Kp4Exits;
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
 * over a period, and the same figures as CSV.
 */
@Controller
@RequestMapping("/reports")
@PreAuthorize("@reportingPolicy.mayRead(principal)")
class ReportController {

	private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

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
		model.addAttribute("counts", this.report.counts(user, period.date(), count));
		model.addAttribute("count", count);
		model.addAttribute("countings", Counted.values());
		model.addAttribute("from", period.from());
		model.addAttribute("until", period.until());
		model.addAttribute("series", series);
		model.addAttribute("chart", RouteChart.of(series));
		model.addAttribute("routes", Route.values());
		model.addAttribute("exits", this.report.exits(user, period.from(), period.until()));
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
		SortedMap<LocalDate, RouteCounts> rows = new TreeMap<>();
		for (RouteCounts month : this.report.monthly(user, period.from(), period.until(), count)) {
			rows.put(month.date(), month);
		}
		rows.put(period.date(), this.report.counts(user, period.date(), count));
		String municipality = this.report.municipalityName(user);
		CsvWriter csv = CsvWriter.forSpreadsheet(locale);
		csv.row(header(locale, count));
		for (RouteCounts counts : rows.values()) {
			csv.row(row(municipality, counts));
		}
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename((count == Counted.HOUSEHOLDS ? "route-households-" : "routes-") + period.date() + ".csv")
				.build()
				.toString())
			.body(csv.toBytes());
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
		Kp4Exits exits = this.report.exits(user, period.from(), period.until());
		String municipality = this.report.municipalityName(user);
		CsvWriter csv = CsvWriter.forSpreadsheet(locale);
		csv.row(List.of(text("report.municipality", locale), text("report.exit.from", locale),
				text("report.exit.until", locale), text("report.exit.way", locale), text("report.clients", locale)));
		for (BenefitEndReason reason : BenefitEndReason.values()) {
			csv.row(List.of(municipality, exits.from(), exits.until(), text("report.exit.outflow." + reason, locale),
					exits.outflow(reason)));
		}
		csv.row(List.of(municipality, exits.from(), exits.until(), text("report.exit.handover", locale),
				exits.handedOver()));
		csv.row(List.of(municipality, exits.from(), exits.until(), text("report.exit.profile", locale),
				exits.profileChanged()));
		csv.row(List.of(municipality, exits.from(), exits.until(), text("report.total", locale), exits.total()));
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("outflow-" + period.from() + "-" + period.until() + ".csv")
						.build()
						.toString())
			.body(csv.toBytes());
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	private List<Object> header(Locale locale, Counted count) {
		List<Object> header = new ArrayList<>();
		header.add(this.messages.getMessage("report.municipality", null, locale));
		header.add(this.messages.getMessage("report.date", null, locale));
		for (Route route : Route.values()) {
			header.add(this.messages.getMessage("route." + route, null, locale));
		}
		header.add(this.messages.getMessage(count == Counted.HOUSEHOLDS ? "report.households.total" : "report.total",
				null, locale));
		return header;
	}

	private static List<Object> row(String municipality, RouteCounts counts) {
		List<Object> row = new ArrayList<>();
		row.add(municipality);
		row.add(counts.date());
		for (Route route : Route.values()) {
			row.add(counts.count(route));
		}
		row.add(counts.total());
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

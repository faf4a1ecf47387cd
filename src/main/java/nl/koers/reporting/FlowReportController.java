package nl.koers.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.koers.identity.api.CurrentUser;
import nl.koers.reporting.RouteFlows.FlowCount;
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
 * The flows report page (per route the stock at the start, what came in and went out, the
 * stock at the end, and the moves from state to state) and the same figures as CSV and
 * XLSX. Small numbers are left out as the API leaves them out, and the files say so.
 */
@Controller
@RequestMapping("/reports")
@PreAuthorize("@reportingPolicy.mayRead(principal)")
class FlowReportController {

	private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

	private final RouteFlowService flows;

	private final RouteReportService report;

	private final MessageSource messages;

	private final Clock clock;

	FlowReportController(RouteFlowService flows, RouteReportService report, MessageSource messages, Clock clock) {
		this.flows = flows;
		this.report = report;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/flows")
	String page(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
			Model model) {
		RouteFlows found = flows(user, from, until);
		model.addAttribute("flows", found);
		model.addAttribute("matrix", FlowMatrix.of(found));
		model.addAttribute("chart", FlowChart.of(found));
		model.addAttribute("states", FlowStates.ORDER);
		model.addAttribute("routes", Route.values());
		return "reporting/flows";
	}

	/**
	 * One row per move from state to state with its count ("< 5" where left out), after
	 * the stocks at the start and the end of every route.
	 */
	@GetMapping("/flows.csv")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
			Locale locale) {
		RouteFlows found = flows(user, from, until);
		String municipality = this.report.municipalityName(user);
		String small = text("report.flows.suppressed.cell", locale, found.threshold());
		CsvWriter csv = CsvWriter.forSpreadsheet(locale);
		csv.row(List.of(text("report.municipality", locale), text("report.exit.from", locale),
				text("report.exit.until", locale), text("report.flows.source", locale),
				text("report.flows.target", locale), text("report.clients", locale)));
		for (Route route : Route.values()) {
			csv.row(row(municipality, found, text("report.flows.start", locale), state(route.name(), locale),
					found.start().get(route), small));
		}
		for (FlowCount flow : found.flows()) {
			csv.row(row(municipality, found, state(flow.from(), locale), state(flow.to(), locale), flow.count(),
					small));
		}
		for (Route route : Route.values()) {
			csv.row(row(municipality, found, state(route.name(), locale), text("report.flows.end", locale),
					found.end().get(route), small));
		}
		if (!found.suppressed().isEmpty()) {
			csv.row(List.of(municipality, found.from(), found.until(),
					text("report.flows.suppressed", locale, found.threshold()), "", ""));
		}
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("flows-" + found.from() + "-" + found.until() + ".csv")
						.build()
						.toString())
			.body(csv.toBytes());
	}

	/**
	 * The flows as a workbook: per route the stock at the start, what came in and went
	 * out and the stock at the end, then every move from state to state; the sheet names
	 * the municipality and the period, and says so when small numbers are left out.
	 */
	@GetMapping("/flows.xlsx")
	ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
			Locale locale) {
		RouteFlows found = flows(user, from, until);
		FlowMatrix matrix = FlowMatrix.of(found);
		String municipality = this.report.municipalityName(user);
		String small = text("report.flows.suppressed.cell", locale, found.threshold());
		String title = text("report.flows.title", locale) + " – " + municipality;
		List<List<Object>> balance = new ArrayList<>();
		for (Route route : Route.values()) {
			balance.add(List.of(state(route.name(), locale), shown(found.start().get(route), small),
					shown(matrix.in(route), small), shown(matrix.out(route), small),
					shown(found.end().get(route), small)));
		}
		List<List<Object>> moves = found.flows()
			.stream()
			.map(flow -> List.of(state(flow.from(), locale), state(flow.to(), locale), shown(flow.count(), small)))
			.toList();
		XlsxFile file = new XlsxFile(title);
		file.sheet(text("report.flows.title", locale), title,
				text("report.flows.balance", locale, DAY.format(found.from()), DAY.format(found.until())),
				found.suppressed().isEmpty() ? null : text("report.flows.suppressed", locale, found.threshold()))
			.table(null,
					List.of(text("route.route", locale), text("report.flows.start", locale),
							text("report.flows.in", locale), text("report.flows.out", locale),
							text("report.flows.end", locale)),
					balance)
			.table(text("report.flows.matrix", locale), List.of(text("report.flows.source", locale),
					text("report.flows.target", locale), text("report.clients", locale)), moves);
		return XlsxFile.download(file.bytes(), "flows-" + found.from() + "-" + found.until() + ".xlsx");
	}

	private static Object shown(Long count, String small) {
		return count == null ? small : count;
	}

	private RouteFlows flows(CurrentUser user, LocalDate from, LocalDate until) {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate last = until == null ? today : until;
		return this.flows.flows(user, from == null ? last.withDayOfYear(1) : from, last);
	}

	private static List<Object> row(String municipality, RouteFlows flows, String source, String target, Long count,
			String small) {
		List<Object> row = new ArrayList<>(List.of(municipality, flows.from(), flows.until(), source, target));
		row.add(count == null ? small : count);
		return row;
	}

	private String state(String state, Locale locale) {
		return text("report.flows.state." + state, locale);
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}

package nl.koers.reporting;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import nl.koers.identity.api.CurrentUser;
import nl.koers.route.api.Route;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
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
			Model model) {
		Period period = period(date, from, until);
		List<RouteCounts> series = this.report.monthly(user, period.from(), period.until());
		model.addAttribute("counts", this.report.counts(user, period.date()));
		model.addAttribute("from", period.from());
		model.addAttribute("until", period.until());
		model.addAttribute("series", series);
		model.addAttribute("chart", RouteChart.of(series));
		model.addAttribute("routes", Route.values());
		return "reporting/routes";
	}

	@GetMapping("/routes.csv")
	void csv(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
			Locale locale, HttpServletResponse response) throws IOException {
		Period period = period(date, from, until);
		RouteCounts counts = this.report.counts(user, period.date());
		List<RouteCounts> series = this.report.monthly(user, period.from(), period.until());
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"routes-" + period.date() + ".csv\"");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		PrintWriter out = response.getWriter();
		out.print(header(locale));
		out.print(row(counts));
		for (RouteCounts month : series) {
			out.print(row(month));
		}
		out.flush();
	}

	private String header(Locale locale) {
		StringBuilder line = new StringBuilder(this.messages.getMessage("report.date", null, locale));
		for (Route route : Route.values()) {
			line.append(';').append(this.messages.getMessage("route." + route, null, locale));
		}
		return line.append(';')
			.append(this.messages.getMessage("report.total", null, locale))
			.append("\r\n")
			.toString();
	}

	private static String row(RouteCounts counts) {
		StringBuilder line = new StringBuilder(counts.date().toString());
		for (Route route : Route.values()) {
			line.append(';').append(counts.count(route));
		}
		return line.append(';').append(counts.total()).append("\r\n").toString();
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

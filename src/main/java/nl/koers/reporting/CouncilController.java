package nl.koers.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.koers.identity.api.CurrentUser;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The report for the council: a printable page and the same tables as XLSX, for a period
 * ({@code 2026-Q3} or {@code 2026}) next to the one it is compared with; by default the
 * last full quarter next to the quarter before.
 */
@Controller
@RequestMapping("/reports")
@PreAuthorize("@reportingPolicy.mayRead(principal)")
class CouncilController {

	private final CouncilReportService council;

	private final MessageSource messages;

	private final TargetDefinitions definitions;

	private final Clock clock;

	CouncilController(CouncilReportService council, MessageSource messages, TargetDefinitions definitions,
			Clock clock) {
		this.council = council;
		this.messages = messages;
		this.definitions = definitions;
		this.clock = clock;
	}

	@GetMapping("/council")
	String page(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String period,
			@RequestParam(required = false) String compare, Locale locale, Model model) {
		Periods periods = periods(period, compare);
		CouncilReport report = this.council.report(user, periods.period(), periods.compare());
		CouncilTables tables = new CouncilTables(report, this.messages, this.definitions, locale);
		List<CouncilPeriod> choices = new ArrayList<>(CouncilPeriod.choices(LocalDate.now(this.clock)));
		for (CouncilPeriod chosen : List.of(periods.period(), periods.compare())) {
			if (!choices.contains(chosen)) {
				choices.add(0, chosen);
			}
		}
		model.addAttribute("report", report);
		model.addAttribute("tables", tables);
		model.addAttribute("period", periods.period());
		model.addAttribute("compare", periods.compare());
		model.addAttribute("choices", choices);
		return "reporting/council";
	}

	/**
	 * The tables of the page in one sheet, headed by the title, the periods and the line
	 * on small numbers; the file name says which periods, never who.
	 */
	@GetMapping("/council.xlsx")
	ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) String period, @RequestParam(required = false) String compare,
			Locale locale) {
		Periods periods = periods(period, compare);
		CouncilReport report = this.council.report(user, periods.period(), periods.compare());
		CouncilTables tables = new CouncilTables(report, this.messages, this.definitions, locale);
		XlsxFile file = new XlsxFile(tables.title());
		XlsxFile.Sheet sheet = file.sheet(this.messages.getMessage("council.sheet", null, locale), tables.title(),
				tables.periods(), tables.note());
		for (CouncilTables.Table table : tables.tables()) {
			sheet.table(table.title(), table.headings(), table.values());
		}
		return XlsxFile.download(file.bytes(),
				"council-" + periods.period().name() + "-" + periods.compare().name() + ".xlsx");
	}

	/**
	 * The period asked for (by default the last full quarter) and the one to compare it
	 * with (by default the period of the same length before it).
	 */
	private Periods periods(String period, String compare) {
		CouncilPeriod first = period == null || period.isBlank()
				? CouncilPeriod.lastFullQuarter(LocalDate.now(this.clock)) : CouncilPeriod.parse(period, "period");
		CouncilPeriod second = compare == null || compare.isBlank() ? first.previous()
				: CouncilPeriod.parse(compare, "compare");
		return new Periods(first, second);
	}

	private record Periods(CouncilPeriod period, CouncilPeriod compare) {
	}

}

package nl.koers.contract;

import java.time.LocalDate;
import java.util.Locale;

import nl.koers.identity.api.CurrentUser;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The contract monitoring page for a reference date, and its figures as CSV and as a
 * workbook.
 */
@Controller
@RequestMapping("/contracts")
class MonitoringController {

	private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final ContractMonitoringService monitoring;

	private final MonitoringExport export;

	MonitoringController(ContractMonitoringService monitoring, MonitoringExport export) {
		this.monitoring = monitoring;
		this.export = export;
	}

	@GetMapping("/monitoring")
	String page(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			Model model) {
		model.addAttribute("monitoring", this.monitoring.monitoring(user, date));
		model.addAttribute("columns", MonitoringColumn.ALL);
		return "contract/monitoring";
	}

	@GetMapping("/monitoring.csv")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			Locale locale) {
		Monitoring figures = this.monitoring.monitoring(user, date);
		return file(CSV, figures, "csv", this.export.csv(figures, this.monitoring.municipalityName(user), locale));
	}

	@GetMapping("/monitoring.xlsx")
	ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			Locale locale) {
		Monitoring figures = this.monitoring.monitoring(user, date);
		return file(XLSX, figures, "xlsx", this.export.xlsx(figures, this.monitoring.municipalityName(user), locale));
	}

	private static ResponseEntity<byte[]> file(MediaType type, Monitoring figures, String extension, byte[] body) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("contractmonitoring-" + figures.date() + "." + extension)
						.build()
						.toString())
			.body(body);
	}

}

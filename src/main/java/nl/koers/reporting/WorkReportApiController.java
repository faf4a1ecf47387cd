package nl.koers.reporting;

import java.time.Clock;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.koers.identity.api.CurrentUser;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The work report as JSON: counts only, never a client's name.
 */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports", description = "Management information without personal data")
class WorkReportApiController {

	private final WorkReportService work;

	private final Clock clock;

	WorkReportApiController(WorkReportService work, Clock clock) {
		this.work = work;
		this.clock = clock;
	}

	@GetMapping("/work")
	@Operation(summary = "The work of each consultant and of the coordination point in the caller's municipality on a "
			+ "reference date (managers and coordinators): per case lead the caseload by KP4 route, open reviews overdue "
			+ "and due within 14 days, no-shows with contact not yet restored (an open outreach task), conversations "
			+ "held per month in the last six months, caseload clients without a conversation in 90 days and the median "
			+ "days since the last one; the coordination point's advice requests and signals received, answered and the "
			+ "median days to the answer per month in the last twelve months; team totals. Counts below the suppression "
			+ "threshold are null, with one more count of any row or column whose total would give them away, and "
			+ "suppressed is true; no client is named")
	WorkReport workReport(@AuthenticationPrincipal CurrentUser user,
			@Parameter(description = "the reference date; today when left out") @RequestParam(
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		return this.work.report(user, date == null ? LocalDate.now(this.clock) : date);
	}

}

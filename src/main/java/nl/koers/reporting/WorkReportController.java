package nl.koers.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import nl.koers.identity.api.CurrentUser;
import nl.koers.referral.api.ReferralFigures;
import nl.koers.route.api.Route;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The work report page (figures per consultant, the coordination point, team totals,
 * small numbers left out as in the API) and, for coordinators, the clients behind a
 * consultant's overdue reviews or clients without contact.
 */
@Controller
@RequestMapping("/reports/work")
class WorkReportController {

	private final WorkReportService work;

	private final ReportingPolicy policy;

	private final ReferralFigures referrals;

	private final Clock clock;

	private final int threshold;

	WorkReportController(WorkReportService work, ReportingPolicy policy, ReferralFigures referrals, Clock clock,
			@Value("${koers.reporting.suppression-threshold:5}") int threshold) {
		this.work = work;
		this.policy = policy;
		this.referrals = referrals;
		this.clock = clock;
		this.threshold = threshold;
	}

	@GetMapping
	@PreAuthorize("@reportingPolicy.mayReadWork(principal)")
	String page(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			Model model) {
		model.addAttribute("work", this.work.report(user, date == null ? LocalDate.now(this.clock) : date));
		model.addAttribute("routes", Route.values());
		model.addAttribute("names", this.policy.maySeeWorkClients(user));
		model.addAttribute("institutions", InstitutionFigures.of(this.referrals.perOrganisation(user), this.threshold));
		return "reporting/work";
	}

	@GetMapping("/clients")
	@PreAuthorize("@reportingPolicy.maySeeWorkClients(principal)")
	String clients(@AuthenticationPrincipal CurrentUser user, @RequestParam UUID consultant,
			@RequestParam WorkList list,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			Model model) {
		model.addAttribute("found",
				this.work.clients(user, consultant, list, date == null ? LocalDate.now(this.clock) : date));
		return "reporting/work-clients";
	}

}

package nl.koers.obligation;

import nl.koers.identity.api.CurrentUser;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Measures per year and ground: how often the power was used, counts only.
 */
@Controller
@PreAuthorize("@obligationPolicy.mayReadReport(principal)")
class MeasureReportController {

	private final MeasureService measures;

	MeasureReportController(MeasureService measures) {
		this.measures = measures;
	}

	@GetMapping("/reports/measures")
	String report(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer until, Model model) {
		MeasureReportYears years = MeasureReportYears.of(from, until, this.measures.currentYear());
		model.addAttribute("years", years);
		model.addAttribute("rows", this.measures.perYear(user, years.from(), years.until()));
		return "obligation/report";
	}

}

package nl.koers.task;

import java.time.LocalDate;

import nl.koers.identity.api.CurrentUser;
import nl.koers.system.PageLimit;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The worklist page, a consultant's home: their open tasks due and overdue by due date;
 * for coordinators the municipality's.
 */
@Controller
@RequestMapping("/worklist")
@PreAuthorize("@taskPolicy.mayKeepWorklist(principal)")
class WorklistController {

	private final WorklistService worklist;

	WorklistController(WorklistService worklist) {
		this.worklist = worklist;
	}

	@GetMapping
	String worklist(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(defaultValue = "FOUR_WEEKS") DueWithin within, @RequestParam(required = false) String next,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		LocalDate today = this.worklist.today();
		model.addAttribute("page", this.worklist.open(user, within.dueBefore(today), null, next, PageLimit.DEFAULT));
		model.addAttribute("today", today);
		model.addAttribute("within", within);
		model.addAttribute("withinOptions", DueWithin.values());
		model.addAttribute("municipalityWide", this.worklist.municipalityWide(user));
		if (htmx != null && next != null) {
			return "task/worklist :: rows";
		}
		model.addAttribute("overdueCount", this.worklist.overdue(user));
		return "task/worklist";
	}

}

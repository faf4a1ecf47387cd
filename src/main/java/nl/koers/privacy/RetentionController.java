package nl.koers.privacy;

import nl.koers.identity.api.CurrentUser;
import nl.koers.system.web.FormFlow;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The retention page of the data protection officer (auditor) and the administrator: per
 * kind of record how long it is kept, its source and what it covers; the dry run (what
 * the next run removes, clients by id and closing date only); the last runs. The
 * administrator starts a run now.
 */
@Controller
@RequestMapping("/privacy/retention")
@PreAuthorize("@privacyPolicy.mayViewRetention(principal)")
class RetentionController {

	private final RetentionService retention;

	RetentionController(RetentionService retention) {
		this.retention = retention;
	}

	@GetMapping
	String page(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("overview", this.retention.overview(user));
		return "privacy/retention";
	}

	@PostMapping("/run")
	@PreAuthorize("@privacyPolicy.mayRunRetention(principal)")
	String run(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		this.retention.runNow(user);
		redirect.addFlashAttribute(FormFlow.FLASH, "retention.ran");
		return "redirect:/privacy/retention";
	}

}

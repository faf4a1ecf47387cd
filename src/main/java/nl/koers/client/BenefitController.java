package nl.koers.client;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.koers.client.api.BenefitEnd;
import nl.koers.client.api.BenefitEndReason;
import nl.koers.client.api.BenefitKind;
import nl.koers.client.api.NewBenefitPeriod;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.web.FormFlow;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The benefit section of the client file: the periods, and starting and ending a benefit.
 */
@Controller
@RequestMapping("/clients/{clientId}/benefits")
@PreAuthorize("@clientPolicy.mayOpen(principal)")
class BenefitController {

	private static final String PAGE = "client/benefits";

	private final BenefitService benefits;

	private final FormFlow forms;

	private final Clock clock;

	BenefitController(BenefitService benefits, FormFlow forms, Clock clock) {
		this.benefits = benefits;
		this.forms = forms;
		this.clock = clock;
	}

	@GetMapping
	String section(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		page(user, clientId, model, null, null);
		return htmx != null ? PAGE + " :: content" : PAGE;
	}

	@PostMapping
	String start(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@Valid @ModelAttribute("start") NewBenefitPeriod start, BindingResult errors, Model model) {
		return this.forms.submit(errors, () -> this.benefits.start(user, clientId, start), "benefit.started",
				"/clients/" + clientId + "/benefits", () -> page(user, clientId, model, start, null));
	}

	@PostMapping("/{periodId}/end")
	String end(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId, @PathVariable UUID periodId,
			@Valid @ModelAttribute("end") BenefitEnd end, BindingResult errors, Model model) {
		return this.forms.submit(errors, () -> this.benefits.end(user, clientId, periodId, end), "benefit.ended",
				"/clients/" + clientId + "/benefits", () -> page(user, clientId, model, null, end));
	}

	private String page(CurrentUser user, UUID clientId, Model model, NewBenefitPeriod start, BenefitEnd end) {
		BenefitFile file = this.benefits.file(user, clientId);
		model.addAttribute("benefits", file);
		model.addAttribute("kinds", BenefitKind.values());
		model.addAttribute("reasons", BenefitEndReason.values());
		model.addAttribute("start",
				start != null ? start : new NewBenefitPeriod(BenefitKind.PARTICIPATIEWET, LocalDate.now(this.clock)));
		model.addAttribute("end", end != null ? end
				: new BenefitEnd(null, null, file.running() == null ? null : file.running().version()));
		return PAGE;
	}

}

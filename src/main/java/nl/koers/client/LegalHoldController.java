package nl.koers.client;

import java.util.UUID;

import jakarta.validation.Valid;
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
 * The legal holds of a client file (also its section, for coordinators): the hold in
 * force and earlier ones, and the forms to set one and to lift it, each with a reason.
 */
@Controller
@RequestMapping("/clients/{clientId}/legal-hold")
@PreAuthorize("@clientPolicy.mayHold(principal)")
class LegalHoldController {

	private final LegalHoldService holds;

	private final FormFlow forms;

	LegalHoldController(LegalHoldService holds, FormFlow forms) {
		this.holds = holds;
		this.forms = forms;
	}

	@GetMapping
	String page(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("page", this.holds.holds(user, clientId));
		model.addAttribute("form", new LegalHoldForm(null));
		return htmx != null ? "client/legal-hold :: content" : "client/legal-hold";
	}

	@PostMapping
	String set(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@Valid @ModelAttribute("form") LegalHoldForm form, BindingResult errors, Model model) {
		return this.forms.submit(errors, () -> this.holds.set(user, clientId, form.reason()), "legalHold.saved",
				"/clients/" + clientId + "/legal-hold", () -> again(user, clientId, model));
	}

	@PostMapping("/lift")
	String lift(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@Valid @ModelAttribute("form") LegalHoldForm form, BindingResult errors, Model model) {
		return this.forms.submit(errors, () -> this.holds.lift(user, clientId, form.reason()), "legalHold.lifted",
				"/clients/" + clientId + "/legal-hold", () -> again(user, clientId, model));
	}

	private String again(CurrentUser user, UUID clientId, Model model) {
		model.addAttribute("page", this.holds.holds(user, clientId));
		return "client/legal-hold";
	}

}

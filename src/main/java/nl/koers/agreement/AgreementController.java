package nl.koers.agreement;

import java.util.UUID;

import jakarta.validation.Valid;
import nl.koers.agreement.AgreementService.AgreementPage;
import nl.koers.agreement.api.AgreementView;
import nl.koers.agreement.api.AgreementOutcome;
import nl.koers.agreement.api.NewAgreement;
import nl.koers.agreement.api.NewAgreementOutcome;
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
 * The agreements made with a client (also the agreements section of the client file) and
 * the forms to record an agreement and its outcome.
 */
@Controller
@RequestMapping("/clients/{clientId}/agreements")
@PreAuthorize("@agreementPolicy.mayRead(principal)")
class AgreementController {

	private final AgreementService agreements;

	private final FormFlow forms;

	AgreementController(AgreementService agreements, FormFlow forms) {
		this.agreements = agreements;
		this.forms = forms;
	}

	@GetMapping
	String overview(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("page", this.agreements.page(user, clientId));
		return htmx != null ? "agreement/overview :: content" : "agreement/overview";
	}

	@GetMapping("/new")
	@PreAuthorize("@agreementPolicy.mayRecord(principal)")
	String newForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId, Model model) {
		AgreementPage page = this.agreements.recordingPage(user, clientId, null);
		return form(page, null, "new", new NewAgreement(null, page.today(), null, false, null), model);
	}

	@PostMapping
	@PreAuthorize("@agreementPolicy.mayRecord(principal)")
	String make(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@Valid @ModelAttribute("form") NewAgreement form, BindingResult errors, Model model) {
		AgreementPage page = this.agreements.recordingPage(user, clientId, null);
		return this.forms.submit(errors, () -> this.agreements.make(user, clientId, form), "agreement.saved",
				(AgreementView agreement) -> agreementsOf(page) + "#agreement-" + agreement.id(),
				() -> form(page, null, "new", form, model));
	}

	@GetMapping("/{agreementId}/outcome")
	@PreAuthorize("@agreementPolicy.mayRecord(principal)")
	String outcomeForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@PathVariable UUID agreementId, Model model) {
		AgreementPage page = this.agreements.recordingPage(user, clientId, agreementId);
		return form(page, agreementId, "outcome", new NewAgreementOutcome(null, page.today(), null, null), model);
	}

	@PostMapping("/{agreementId}/outcome")
	@PreAuthorize("@agreementPolicy.mayRecord(principal)")
	String recordOutcome(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@PathVariable UUID agreementId, @Valid @ModelAttribute("form") NewAgreementOutcome form,
			BindingResult errors, Model model) {
		AgreementPage page = this.agreements.recordingPage(user, clientId, agreementId);
		return this.forms.submit(errors, () -> this.agreements.recordOutcome(user, agreementId, form),
				"agreement.saved", agreementsOf(page), () -> form(page, agreementId, "outcome", form, model));
	}

	private static String agreementsOf(AgreementPage page) {
		return "/clients/" + page.client().id() + "/agreements";
	}

	private static String form(AgreementPage page, UUID agreementId, String action, Object form, Model model) {
		model.addAttribute("page", page);
		model.addAttribute("agreement", agreementId == null ? null : page.agreement(agreementId));
		model.addAttribute("action", action);
		model.addAttribute("form", form);
		model.addAttribute("outcomes", AgreementOutcome.values());
		return "agreement/form";
	}

}

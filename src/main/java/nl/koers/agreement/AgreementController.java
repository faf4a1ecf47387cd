package nl.koers.agreement;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.InvalidFieldException;
import nl.koers.system.RefusedException;

import org.springframework.http.HttpStatus;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agreements made with a client (also the agreements section of the client file) and
 * the forms to record an agreement and its outcome.
 */
@Controller
@RequestMapping("/clients/{clientId}/agreements")
@PreAuthorize("hasAnyRole('CONSULTANT', 'COORDINATOR', 'INSTITUTION_WORKER')")
class AgreementController {

	private static final String RECORDERS = "hasAnyRole('CONSULTANT', 'COORDINATOR')";

	private final Agreements agreements;

	AgreementController(Agreements agreements) {
		this.agreements = agreements;
	}

	@GetMapping
	String overview(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("page", this.agreements.page(user, clientId));
		return htmx != null ? "agreement/overview :: content" : "agreement/overview";
	}

	@GetMapping("/new")
	@PreAuthorize(RECORDERS)
	String newForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId, Model model) {
		Agreements.AgreementPage page = this.agreements.recordingPage(user, clientId, null);
		return form(page, null, "new", new NewAgreement(null, page.today(), null, false, null), model);
	}

	@PostMapping
	@PreAuthorize(RECORDERS)
	String make(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@Valid @ModelAttribute("form") NewAgreement form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Agreements.AgreementPage page = this.agreements.recordingPage(user, clientId, null);
		return submit(page, null, "new", form, errors, model, response, redirect,
				() -> this.agreements.make(user, clientId, form));
	}

	@GetMapping("/{agreementId}/outcome")
	@PreAuthorize(RECORDERS)
	String outcomeForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@PathVariable UUID agreementId, Model model) {
		Agreements.AgreementPage page = this.agreements.recordingPage(user, clientId, agreementId);
		return form(page, agreementId, "outcome", new OutcomeForm(null, page.today(), null, null), model);
	}

	@PostMapping("/{agreementId}/outcome")
	@PreAuthorize(RECORDERS)
	String recordOutcome(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@PathVariable UUID agreementId, @Valid @ModelAttribute("form") OutcomeForm form, BindingResult errors,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Agreements.AgreementPage page = this.agreements.recordingPage(user, clientId, agreementId);
		return submit(page, agreementId, "outcome", form, errors, model, response, redirect,
				() -> this.agreements.recordOutcome(user, agreementId, form));
	}

	private String submit(Agreements.AgreementPage page, UUID agreementId, String action, Object form,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect,
			Runnable change) {
		if (!errors.hasErrors()) {
			try {
				change.run();
				redirect.addFlashAttribute("flash", "agreement.saved");
				return "redirect:/clients/" + page.client().id() + "/agreements";
			}
			catch (InvalidFieldException ex) {
				errors.rejectValue(ex.field(), ex.messageKey());
				response.setStatus(
						(ex instanceof RefusedException ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.BAD_REQUEST)
							.value());
				return form(page, agreementId, action, form, model);
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return form(page, agreementId, action, form, model);
	}

	private static String form(Agreements.AgreementPage page, UUID agreementId, String action, Object form,
			Model model) {
		model.addAttribute("page", page);
		model.addAttribute("agreement", agreementId == null ? null : page.agreement(agreementId));
		model.addAttribute("action", action);
		model.addAttribute("form", form);
		model.addAttribute("outcomes", AgreementOutcome.values());
		return "agreement/form";
	}

}

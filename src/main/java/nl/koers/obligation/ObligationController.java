package nl.koers.obligation;

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
 * The obligations section of the client file: the exemption from the job-application duty
 * and measures, with the forms to record them.
 */
@Controller
@RequestMapping("/clients/{clientId}/obligations")
@PreAuthorize("hasAnyRole('CONSULTANT', 'COORDINATOR', 'INSTITUTION_WORKER')")
class ObligationController {

	private final ObligationOverview overview;

	private final Exemptions exemptions;

	private final Measures measures;

	ObligationController(ObligationOverview overview, Exemptions exemptions, Measures measures) {
		this.overview = overview;
		this.exemptions = exemptions;
		this.measures = measures;
	}

	@GetMapping
	String overview(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("view", this.overview.of(user, clientId));
		return htmx != null ? "obligation/overview :: content" : "obligation/overview";
	}

	@GetMapping("/exemptions/new")
	String exemptionForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId, Model model) {
		ObligationOverview.View view = this.overview.of(user, clientId);
		model.addAttribute("form", ExemptionForm.empty(view.today()));
		model.addAttribute("view", view);
		return "obligation/exemption";
	}

	@PostMapping("/exemptions")
	String exempt(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@Valid @ModelAttribute("form") ExemptionForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		else if (record(errors, response, () -> this.exemptions.record(user, clientId, form))) {
			redirect.addFlashAttribute("flash", "exemption.recorded");
			return "redirect:/clients/" + clientId + "/obligations";
		}
		model.addAttribute("view", this.overview.of(user, clientId));
		return "obligation/exemption";
	}

	@PostMapping("/exemptions/{exemptionId}/confirmation")
	String confirm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@PathVariable UUID exemptionId, RedirectAttributes redirect) {
		this.exemptions.confirm(user, exemptionId);
		redirect.addFlashAttribute("flash", "exemption.confirmed");
		return "redirect:/clients/" + clientId + "/obligations";
	}

	@GetMapping("/measures/new")
	String newMeasure(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId, Model model) {
		model.addAttribute("form", MeasureForm.empty());
		return measureForm(user, clientId, model);
	}

	@PostMapping("/measures")
	String propose(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@Valid @ModelAttribute("form") MeasureForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		else if (record(errors, response, () -> this.measures.propose(user, clientId, form))) {
			redirect.addFlashAttribute("flash", "measure.proposed");
			return "redirect:/clients/" + clientId + "/obligations";
		}
		return measureForm(user, clientId, model);
	}

	@PostMapping("/measures/{measureId}/decision")
	@PreAuthorize("hasRole('COORDINATOR')")
	String decide(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId, @PathVariable UUID measureId,
			@Valid DecisionForm decision, BindingResult errors, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			throw new InvalidFieldException("approved", "validation.required");
		}
		this.measures.decide(user, measureId, decision);
		redirect.addFlashAttribute("flash", decision.approved() ? "measure.approved" : "measure.rejected");
		return "redirect:/clients/" + clientId + "/obligations";
	}

	private String measureForm(CurrentUser user, UUID clientId, Model model) {
		model.addAttribute("view", this.overview.of(user, clientId));
		model.addAttribute("grounds", MeasureGround.values());
		return "obligation/measure";
	}

	/**
	 * Runs the recording; a refusal or invalid field becomes a form error with the
	 * matching status.
	 */
	private static boolean record(BindingResult errors, HttpServletResponse response, Runnable recording) {
		try {
			recording.run();
			return true;
		}
		catch (RefusedException ex) {
			ex.reasons()
				.forEach(reason -> errors.rejectValue(reason.field(), reason.messageKey(),
						Measures.printable(reason.args()), null));
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		catch (InvalidFieldException ex) {
			errors.rejectValue(ex.field(), ex.messageKey());
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		return false;
	}

}

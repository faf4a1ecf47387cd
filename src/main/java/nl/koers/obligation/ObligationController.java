package nl.koers.obligation;

import java.util.UUID;

import jakarta.validation.Valid;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.InvalidFieldException;
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
 * The obligations section of the client file: the exemption from the job-application duty
 * and measures, with the forms to record them.
 */
@Controller
@RequestMapping("/clients/{clientId}/obligations")
@PreAuthorize("@obligationPolicy.mayWorkWithObligations(principal)")
class ObligationController {

	private final ObligationOverviewService overview;

	private final ExemptionService exemptions;

	private final MeasureService measures;

	private final FormFlow forms;

	ObligationController(ObligationOverviewService overview, ExemptionService exemptions, MeasureService measures,
			FormFlow forms) {
		this.overview = overview;
		this.exemptions = exemptions;
		this.measures = measures;
		this.forms = forms;
	}

	@GetMapping
	String overview(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("view", this.overview.of(user, clientId));
		return htmx != null ? "obligation/overview :: content" : "obligation/overview";
	}

	@GetMapping("/exemptions/new")
	String exemptionForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId, Model model) {
		ObligationOverviewService.View view = this.overview.of(user, clientId);
		model.addAttribute("form", ExemptionForm.empty(view.today()));
		model.addAttribute("view", view);
		return "obligation/exemption";
	}

	@PostMapping("/exemptions")
	String exempt(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@Valid @ModelAttribute("form") ExemptionForm form, BindingResult errors, Model model) {
		return this.forms.submit(errors, () -> this.exemptions.record(user, clientId, form), "exemption.recorded",
				section(clientId), () -> {
					model.addAttribute("view", this.overview.of(user, clientId));
					return "obligation/exemption";
				});
	}

	@PostMapping("/exemptions/{exemptionId}/confirmation")
	String confirm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@PathVariable UUID exemptionId, Model model) {
		return this.forms.act(() -> this.exemptions.confirm(user, exemptionId), "exemption.confirmed",
				section(clientId), () -> page(user, clientId, model));
	}

	@GetMapping("/measures/new")
	String newMeasure(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId, Model model) {
		model.addAttribute("form", MeasureForm.empty());
		return measureForm(user, clientId, model);
	}

	@PostMapping("/measures")
	String propose(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@Valid @ModelAttribute("form") MeasureForm form, BindingResult errors, Model model) {
		return this.forms.submit(errors, () -> this.measures.propose(user, clientId, form), "measure.proposed",
				section(clientId), () -> measureForm(user, clientId, model));
	}

	@PostMapping("/measures/{measureId}/decision")
	@PreAuthorize("@obligationPolicy.mayDecide(principal)")
	String decide(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId, @PathVariable UUID measureId,
			@Valid DecisionForm decision, BindingResult errors, Model model) {
		return this.forms.act(() -> {
			if (errors.hasErrors()) {
				throw new InvalidFieldException("approved", "validation.required");
			}
			this.measures.decide(user, measureId, decision);
		}, Boolean.TRUE.equals(decision.approved()) ? "measure.approved" : "measure.rejected", section(clientId),
				() -> page(user, clientId, model));
	}

	private String page(CurrentUser user, UUID clientId, Model model) {
		model.addAttribute("view", this.overview.of(user, clientId));
		return "obligation/overview";
	}

	private String measureForm(CurrentUser user, UUID clientId, Model model) {
		model.addAttribute("view", this.overview.of(user, clientId));
		model.addAttribute("grounds", MeasureGround.values());
		return "obligation/measure";
	}

	private static String section(UUID clientId) {
		return "/clients/" + clientId + "/obligations";
	}

}

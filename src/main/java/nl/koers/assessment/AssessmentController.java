package nl.koers.assessment;

import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.koers.assessment.api.NewAssessment;
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
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The assessments of a client (also the assessments section of the client file) and the
 * form to record a new one.
 */
@Controller
@RequestMapping("/clients/{clientId}/assessments")
@PreAuthorize("@assessmentPolicy.mayRead(principal)")
class AssessmentController {

	private final AssessmentService assessments;

	private final FormFlow forms;

	AssessmentController(AssessmentService assessments, FormFlow forms) {
		this.assessments = assessments;
		this.forms = forms;
	}

	@GetMapping
	String overview(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("history", this.assessments.history(user, clientId));
		return htmx != null ? "assessment/overview :: content" : "assessment/overview";
	}

	@GetMapping("/new")
	String form(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@RequestParam(defaultValue = NewAssessment.DEFAULT_INSTRUMENT) String instrument, Model model) {
		AssessmentService.RecordingForm form = this.assessments.recordingForm(user, clientId, instrument);
		model.addAttribute("assessment", new NewAssessment(instrument, form.today(), Map.of(), Map.of(), null));
		return form(model, form);
	}

	@PostMapping
	String record(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@Valid @ModelAttribute("assessment") NewAssessment assessment, BindingResult errors, Model model) {
		return this.forms.submit(errors, () -> this.assessments.record(user, clientId, assessment),
				"assessment.recorded", "/clients/" + clientId + "/assessments", () -> form(model,
						this.assessments.recordingForm(user, clientId, AssessmentRule.instrumentCode(assessment))));
	}

	private static String form(Model model, AssessmentService.RecordingForm form) {
		model.addAttribute("form", form);
		return "assessment/form";
	}

}

package nl.koers.assessment;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.koers.identity.api.CurrentUser;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The assessments of a client (also the assessments section of the client file) and the
 * form to record a new one.
 */
@Controller
@RequestMapping("/clients/{clientId}/assessments")
@PreAuthorize("hasAnyRole('CONSULTANT', 'COORDINATOR', 'INSTITUTION_WORKER')")
class AssessmentController {

	private final Assessments assessments;

	AssessmentController(Assessments assessments) {
		this.assessments = assessments;
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
		Assessments.RecordingForm form = this.assessments.recordingForm(user, clientId, instrument);
		model.addAttribute("assessment", NewAssessment.empty(instrument, form.today()));
		return form(model, form);
	}

	@PostMapping
	String record(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@Valid @ModelAttribute("assessment") NewAssessment assessment, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.assessments.record(user, clientId, assessment);
				redirect.addFlashAttribute("flash", "assessment.recorded");
				return "redirect:/clients/" + clientId + "/assessments";
			}
			catch (InvalidAssessmentException ex) {
				ex.problems().forEach(problem -> errors.rejectValue(formField(problem.field()), problem.messageKey()));
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return form(model, this.assessments.recordingForm(user, clientId, assessment.instrumentCode()));
	}

	private static String form(Model model, Assessments.RecordingForm form) {
		model.addAttribute("form", form);
		return "assessment/form";
	}

	/**
	 * The form binds {@code scores[WORK]} where the API says {@code scores.WORK}.
	 */
	private static String formField(String field) {
		return field.replaceFirst("^(scores|notes)\\.(.+)$", "$1[$2]");
	}

}

package nl.koers.obligation;

import java.util.UUID;

import jakarta.validation.Valid;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.web.FormFlow;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Sending the decision letter for an approved measure or a confirmed exemption, from the
 * obligations section of the client file; the letter itself is a document of the file.
 */
@Controller
@RequestMapping("/clients/{clientId}/obligations")
@PreAuthorize("@obligationPolicy.mayWorkWithObligations(principal)")
class DecisionLetterController {

	private final DecisionLetterService letters;

	private final ObligationOverviewService overview;

	private final FormFlow forms;

	DecisionLetterController(DecisionLetterService letters, ObligationOverviewService overview, FormFlow forms) {
		this.letters = letters;
		this.overview = overview;
		this.forms = forms;
	}

	@PostMapping("/measures/{measureId}/decision-letter")
	String measureLetter(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@PathVariable UUID measureId, @Valid @ModelAttribute("letterForm") DecisionLetterForm terms,
			BindingResult errors, Model model) {
		return this.forms.submitListed(errors, () -> this.letters.forMeasure(user, measureId, terms),
				"decisionLetter.sent", section(clientId, measureId), () -> page(user, clientId, model));
	}

	@PostMapping("/exemptions/{exemptionId}/decision-letter")
	String exemptionLetter(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@PathVariable UUID exemptionId, Model model) {
		return this.forms.act(() -> this.letters.forExemption(user, exemptionId), "decisionLetter.sent",
				section(clientId, exemptionId), () -> page(user, clientId, model));
	}

	private String page(CurrentUser user, UUID clientId, Model model) {
		model.addAttribute("view", this.overview.of(user, clientId));
		return "obligation/overview";
	}

	private static String section(UUID clientId, UUID decisionId) {
		return "/clients/" + clientId + "/obligations#decision-" + decisionId;
	}

}

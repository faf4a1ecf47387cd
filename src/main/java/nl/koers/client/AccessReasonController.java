package nl.koers.client;

import java.util.UUID;

import jakarta.validation.Valid;
import nl.koers.accesslog.api.AccessReason;
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
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Waarom open je dit dossier?": the page a consultant or coordinator sees before a
 * client outside their own caseload (see {@link ReasonPrompt}). It shows nothing of the
 * client, not even the name; the reason given holds for that client for the rest of the
 * session.
 */
@Controller
@PreAuthorize("@clientPolicy.mayReadMunicipality(principal)")
class AccessReasonController {

	private final ClientAccessService access;

	private final FormFlow forms;

	AccessReasonController(ClientAccessService access, FormFlow forms) {
		this.access = access;
		this.forms = forms;
	}

	@GetMapping("/clients/{clientId}/reason")
	String prompt(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@RequestParam(required = false) String next, Model model) {
		if (!this.access.asksReason(user, clientId)) {
			return "redirect:" + next(clientId, next);
		}
		return page(clientId, new AccessReasonForm(null, null, next(clientId, next)), model);
	}

	@PostMapping("/clients/{clientId}/reason")
	String give(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@Valid @ModelAttribute("reason") AccessReasonForm form, BindingResult errors, Model model) {
		return this.forms.submit(errors, () -> this.access.giveReason(user, clientId, form.reason(), form.text()),
				"client.reason.given", next(clientId, form.next()), () -> page(clientId, form, model));
	}

	private String page(UUID clientId, AccessReasonForm form, Model model) {
		model.addAttribute("clientId", clientId);
		model.addAttribute("reason", form);
		model.addAttribute("reasons", AccessReason.values());
		model.addAttribute("textLength", AccessReason.TEXT_LENGTH);
		return "client/reason";
	}

	/**
	 * The page to go on to: a path of this client's file (or another page of this site)
	 * the prompt was given; the client file otherwise.
	 */
	private static String next(UUID clientId, String next) {
		return ReasonPrompt.safe(next) && !next.startsWith("/clients/" + clientId + "/reason") ? next
				: "/clients/" + clientId;
	}

}

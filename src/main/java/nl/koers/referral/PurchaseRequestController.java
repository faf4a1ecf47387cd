package nl.koers.referral;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.system.ConflictException;
import nl.koers.system.InvalidFieldException;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The purchase requests page: the list with status, the request form for consultants and
 * the decision forms for the coordinator and the contract manager.
 */
@Controller
@RequestMapping("/purchase-requests")
@PreAuthorize("hasAnyRole('CONSULTANT', 'COORDINATOR', 'CONTRACT_MANAGER')")
class PurchaseRequestController {

	private final PurchaseRequests requests;

	PurchaseRequestController(PurchaseRequests requests) {
		this.requests = requests;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("form", new PurchaseRequestForm(null, null, null, null));
		return page(user, model);
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('CONSULTANT', 'COORDINATOR')")
	String file(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") PurchaseRequestForm form,
			BindingResult errors, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(user, model);
		}
		this.requests.file(user, form);
		redirect.addFlashAttribute("flash", "purchase.filed");
		return "redirect:/purchase-requests";
	}

	@PostMapping("/{id}/decision")
	@PreAuthorize("hasAnyRole('COORDINATOR', 'CONTRACT_MANAGER')")
	String decide(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute PurchaseDecision decision, BindingResult errors, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			redirect.addFlashAttribute("problem", "purchase.decision.open");
			return "redirect:/purchase-requests";
		}
		try {
			this.requests.decide(user, id, decision);
			redirect.addFlashAttribute("flash", "purchase.recorded");
		}
		catch (InvalidFieldException | ConflictException ex) {
			redirect.addFlashAttribute("problem",
					ex instanceof ConflictException ? "purchase.decided" : "purchase.decision.open");
		}
		return "redirect:/purchase-requests";
	}

	private String page(CurrentUser user, Model model) {
		model.addAttribute("requests", this.requests.list(user));
		model.addAttribute("mayDecide", this.requests.mayDecide(user));
		model.addAttribute("mayFile", user.hasAnyRole(Role.CONSULTANT, Role.COORDINATOR));
		return "referral/purchase-requests";
	}

}

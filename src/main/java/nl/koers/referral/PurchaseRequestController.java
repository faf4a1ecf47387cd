package nl.koers.referral;

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
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The purchase requests page: the list with status, the request form for consultants and
 * the decision forms for the coordinator and the contract manager.
 */
@Controller
@RequestMapping("/purchase-requests")
@PreAuthorize("@referralPolicy.maySeePurchases(principal)")
class PurchaseRequestController {

	private static final String PAGE = "/purchase-requests";

	private final PurchaseRequestService requests;

	private final ReferralPolicy policy;

	private final FormFlow forms;

	PurchaseRequestController(PurchaseRequestService requests, ReferralPolicy policy, FormFlow forms) {
		this.requests = requests;
		this.policy = policy;
		this.forms = forms;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		return page(user, model);
	}

	@PostMapping
	@PreAuthorize("@referralPolicy.mayFilePurchases(principal)")
	String file(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") PurchaseRequestForm form,
			BindingResult errors, Model model) {
		return this.forms.submit(errors, () -> this.requests.file(user, form), "purchase.filed", PAGE,
				() -> page(user, model));
	}

	@PostMapping("/{id}/decision")
	@PreAuthorize("@referralPolicy.mayDecidePurchases(principal)")
	String decide(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("decisionForm") PurchaseDecisionForm decision, BindingResult errors, Model model) {
		return this.forms.submit(errors, () -> this.requests.decide(user, id, decision), "purchase.recorded", PAGE,
				() -> page(user, model));
	}

	private String page(CurrentUser user, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new PurchaseRequestForm(null, null, null, null));
		}
		model.addAttribute("requests", this.requests.list(user));
		model.addAttribute("mayDecide", this.policy.mayDecidePurchases(user));
		model.addAttribute("mayFile", this.policy.mayFilePurchases(user));
		return "referral/purchase-requests";
	}

}

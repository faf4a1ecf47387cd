package nl.koers.referral;

import java.util.UUID;

import jakarta.validation.Valid;
import nl.koers.client.api.Outcome;
import nl.koers.identity.api.CurrentUser;
import nl.koers.referral.api.NewReferral;
import nl.koers.referral.api.NoteKind;
import nl.koers.referral.api.ReferralStatusChange;
import nl.koers.referral.api.ReferralView;
import nl.koers.socialmap.api.ServiceCategory;
import nl.koers.socialmap.api.ServiceSearch;
import nl.koers.socialmap.api.SocialMap;
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
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The referral pages: the client file's section for the referring side, and the
 * institution's list and detail of its active referrals. Every step is a form that posts
 * and comes back with a notice, or shows the page again with the reason it was refused.
 */
@Controller
class ReferralController {

	private static final int SERVICES = 200;

	private final ReferralService referrals;

	private final ReferralPolicy policy;

	private final SocialMap map;

	private final FormFlow forms;

	ReferralController(ReferralService referrals, ReferralPolicy policy, SocialMap map, FormFlow forms) {
		this.referrals = referrals;
		this.policy = policy;
		this.map = map;
		this.forms = forms;
	}

	@GetMapping("/clients/{clientId}/referrals")
	@PreAuthorize("@referralPolicy.mayUse(principal)")
	String section(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@RequestParam(required = false) ServiceCategory category,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("form", new NewReferral(null, null, null));
		String page = sectionPage(user, clientId, category, model);
		return htmx != null ? page + " :: content" : page;
	}

	@PostMapping("/clients/{clientId}/referrals")
	@PreAuthorize("@referralPolicy.mayRefer(principal)")
	String propose(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@Valid @ModelAttribute("form") NewReferral form, BindingResult errors, Model model) {
		return this.forms.submit(errors, () -> this.referrals.propose(user, clientId, form), "referral.proposed",
				(ReferralView referral) -> section(clientId) + "#referral-" + referral.id(),
				() -> sectionPage(user, clientId, null, model));
	}

	@GetMapping("/referrals")
	@PreAuthorize("@referralPolicy.mayAnswer(principal)")
	String institution(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("referrals", this.referrals.ofOrganisation(user));
		return "referral/list";
	}

	@GetMapping("/referrals/{id}")
	@PreAuthorize("@referralPolicy.mayUse(principal)")
	String referral(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		return referralPage(user, id, model);
	}

	@PostMapping("/referrals/{id}/status")
	@PreAuthorize("@referralPolicy.mayUse(principal)")
	String step(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("stepForm") ReferralStatusChange change, BindingResult errors, Model model) {
		boolean institution = this.policy.mayAnswer(user);
		return this.forms.submit(errors, () -> this.referrals.changeStatus(user, id, change), "referral.stepped",
				(ReferralView referral) -> institution
						? (referral.status().active() ? "/referrals/" + id : "/referrals")
						: section(referral.clientId()),
				() -> institution ? referralPage(user, id, model)
						: sectionPage(user, this.referrals.referral(user, id).clientId(), null, model));
	}

	@PostMapping("/referrals/{id}/progress")
	@PreAuthorize("@referralPolicy.mayAnswer(principal)")
	String progress(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("noteForm") ReferralNoteForm form, BindingResult errors, Model model) {
		return note(user, id, NoteKind.PROGRESS, form, errors, model);
	}

	@PostMapping("/referrals/{id}/feedback")
	@PreAuthorize("@referralPolicy.mayAnswer(principal)")
	String feedback(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("noteForm") ReferralNoteForm form, BindingResult errors, Model model) {
		return note(user, id, NoteKind.FEEDBACK, form, errors, model);
	}

	private String note(CurrentUser user, UUID id, NoteKind kind, ReferralNoteForm form, BindingResult errors,
			Model model) {
		return this.forms.submit(errors, () -> this.referrals.addNote(user, id, kind, form), "referral.noted",
				"/referrals/" + id, () -> referralPage(user, id, model));
	}

	private String sectionPage(CurrentUser user, UUID clientId, ServiceCategory category, Model model) {
		model.addAttribute("referrals", this.referrals.ofClient(user, clientId));
		model.addAttribute("clientId", clientId);
		model.addAttribute("category", category);
		model.addAttribute("categories", ServiceCategory.values());
		model.addAttribute("services",
				this.map.services(user, new ServiceSearch(null, category, null, false), null, SERVICES).items());
		model.addAttribute("coordinator", this.policy.maySendWithoutSharing(user));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new NewReferral(null, null, null));
		}
		return "referral/section";
	}

	private String referralPage(CurrentUser user, UUID id, Model model) {
		model.addAttribute("referral", this.referrals.referral(user, id));
		model.addAttribute("institution", this.policy.mayAnswer(user));
		model.addAttribute("outcomes", Outcome.values());
		return "referral/referral";
	}

	private static String section(UUID clientId) {
		return "/clients/" + clientId + "/referrals";
	}

}

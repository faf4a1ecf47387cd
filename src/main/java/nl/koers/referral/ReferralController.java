package nl.koers.referral;

import java.util.UUID;

import jakarta.validation.Valid;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.socialmap.api.ServiceCategory;
import nl.koers.socialmap.api.ServiceSearch;
import nl.koers.socialmap.api.SocialMap;
import nl.koers.system.InvalidFieldException;
import nl.koers.system.RefusedException;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The referral pages: the client file's section for the referring side, and the
 * institution's list and detail of its active referrals. Every step is a form that posts
 * and comes back with a notice, or with the reason it was refused.
 */
@Controller
class ReferralController {

	private static final int SERVICES = 200;

	private static final String REFERRERS = "hasAnyRole('CONSULTANT', 'COORDINATOR')";

	private static final String ALL = "hasAnyRole('CONSULTANT', 'COORDINATOR', 'INSTITUTION_WORKER')";

	private final Referrals referrals;

	private final SocialMap map;

	ReferralController(Referrals referrals, SocialMap map) {
		this.referrals = referrals;
		this.map = map;
	}

	@GetMapping("/clients/{clientId}/referrals")
	@PreAuthorize(ALL)
	String section(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@RequestParam(required = false) ServiceCategory category,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("referrals", this.referrals.ofClient(user, clientId));
		model.addAttribute("clientId", clientId);
		model.addAttribute("category", category);
		model.addAttribute("categories", ServiceCategory.values());
		model.addAttribute("services",
				this.map.services(user, new ServiceSearch(null, category, null, false), null, SERVICES).items());
		model.addAttribute("coordinator", user.hasRole(Role.COORDINATOR));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new ReferralForm(null, null, null));
		}
		return htmx != null ? "referral/section :: content" : "referral/section";
	}

	@PostMapping("/clients/{clientId}/referrals")
	@PreAuthorize(REFERRERS)
	String propose(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@Valid @ModelAttribute("form") ReferralForm form, BindingResult errors, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.referrals.propose(user, clientId, form);
				redirect.addFlashAttribute("flash", "referral.proposed");
				return "redirect:/clients/" + clientId + "/referrals";
			}
			catch (InvalidFieldException ex) {
				redirect.addFlashAttribute("problem", ex.messageKey());
			}
		}
		else {
			redirect.addFlashAttribute("problem", "referral.form.invalid");
		}
		return "redirect:/clients/" + clientId + "/referrals";
	}

	@GetMapping("/referrals")
	@PreAuthorize("hasRole('INSTITUTION_WORKER')")
	String institution(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("referrals", this.referrals.ofOrganisation(user));
		return "referral/list";
	}

	@GetMapping("/referrals/{id}")
	@PreAuthorize(ALL)
	String referral(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		model.addAttribute("referral", this.referrals.referral(user, id));
		model.addAttribute("institution", user.hasRole(Role.INSTITUTION_WORKER));
		return "referral/referral";
	}

	@PostMapping("/referrals/{id}/status")
	@PreAuthorize(ALL)
	String step(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute StatusChange change, BindingResult errors, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			redirect.addFlashAttribute("problem", "referral.form.invalid");
			return back(user, id);
		}
		try {
			ReferralView referral = this.referrals.changeStatus(user, id, change);
			redirect.addFlashAttribute("flash", "referral.stepped");
			return user.hasRole(Role.INSTITUTION_WORKER)
					? (referral.status().active() ? "redirect:/referrals/" + id : "redirect:/referrals")
					: "redirect:/clients/" + referral.clientId() + "/referrals";
		}
		catch (RefusedException ex) {
			redirect.addFlashAttribute("problem",
					"referral.status.notAllowed".equals(ex.messageKey()) ? "referral.step.refused" : ex.messageKey());
		}
		catch (InvalidFieldException ex) {
			redirect.addFlashAttribute("problem", "referral.form.invalid");
		}
		return back(user, id);
	}

	@PostMapping("/referrals/{id}/progress")
	@PreAuthorize("hasRole('INSTITUTION_WORKER')")
	String progress(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute NoteForm form, BindingResult errors, RedirectAttributes redirect) {
		return note(user, id, NoteKind.PROGRESS, form, errors, redirect);
	}

	@PostMapping("/referrals/{id}/feedback")
	@PreAuthorize("hasRole('INSTITUTION_WORKER')")
	String feedback(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute NoteForm form, BindingResult errors, RedirectAttributes redirect) {
		return note(user, id, NoteKind.FEEDBACK, form, errors, redirect);
	}

	private String note(CurrentUser user, UUID id, NoteKind kind, NoteForm form, BindingResult errors,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			redirect.addFlashAttribute("problem", "referral.form.invalid");
			return "redirect:/referrals/" + id;
		}
		try {
			this.referrals.addNote(user, id, kind, form);
			redirect.addFlashAttribute("flash", "referral.noted");
		}
		catch (RefusedException ex) {
			redirect.addFlashAttribute("problem", ex.messageKey());
		}
		return "redirect:/referrals/" + id;
	}

	private String back(CurrentUser user, UUID id) {
		if (user.hasRole(Role.INSTITUTION_WORKER)) {
			return "redirect:/referrals/" + id;
		}
		return "redirect:/clients/" + this.referrals.referral(user, id).clientId() + "/referrals";
	}

}

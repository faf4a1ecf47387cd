package nl.koers.consent;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.koers.identity.api.CurrentUser;
import nl.koers.socialmap.MapEntries.OrganisationSummary;
import nl.koers.socialmap.SocialMap;
import nl.koers.system.InvalidFieldException;
import nl.koers.system.PageLimit;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The consents section of the client file, and the coordinator's page of data-sharing
 * agreements.
 */
@Controller
class ConsentController {

	private final Sharing sharing;

	private final SocialMap map;

	ConsentController(Sharing sharing, SocialMap map) {
		this.sharing = sharing;
		this.map = map;
	}

	@GetMapping("/clients/{clientId}/consents")
	@PreAuthorize("hasAnyRole('CONSULTANT', 'COORDINATOR', 'INSTITUTION_WORKER')")
	String consents(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("form", new ConsentForm(null, null, this.sharing.today(), null));
		page(user, clientId, model);
		return htmx != null ? "consent/consents :: content" : "consent/consents";
	}

	@PostMapping("/clients/{clientId}/consents")
	@PreAuthorize("hasAnyRole('CONSULTANT', 'COORDINATOR')")
	String consent(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@Valid @ModelAttribute("form") ConsentForm form, BindingResult errors, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.sharing.recordConsent(user, clientId, form);
				redirect.addFlashAttribute("flash", "consent.recorded");
				return "redirect:/clients/" + clientId + "/consents";
			}
			catch (InvalidFieldException ex) {
				errors.rejectValue(ex.field(), ex.messageKey());
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		page(user, clientId, model);
		return "consent/consents";
	}

	@PostMapping("/clients/{clientId}/consents/{consentId}/withdrawal")
	@PreAuthorize("hasAnyRole('CONSULTANT', 'COORDINATOR')")
	String withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@PathVariable UUID consentId, @Valid WithdrawalForm form, BindingResult errors,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			redirect.addFlashAttribute("problem", "consent.reasonRequired");
		}
		else {
			try {
				this.sharing.withdraw(user, consentId, form);
				redirect.addFlashAttribute("flash", "consent.withdrawn");
			}
			catch (RefusedException ex) {
				redirect.addFlashAttribute("problem", ex.messageKey());
			}
		}
		return "redirect:/clients/" + clientId + "/consents";
	}

	@GetMapping("/sharing-agreements")
	@PreAuthorize("hasAnyRole('COORDINATOR', 'CONSULTANT', 'CONTRACT_MANAGER')")
	String agreements(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("form", new SharingAgreementForm(null, null, null, this.sharing.today(), null));
		return agreementsPage(user, null, model);
	}

	@PostMapping("/sharing-agreements")
	@PreAuthorize("hasRole('COORDINATOR')")
	String agree(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("organisationId") UUID organisationId,
			@Valid @ModelAttribute("form") SharingAgreementForm form, BindingResult errors,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		if (organisationId != null && !errors.hasErrors()) {
			try {
				this.sharing.recordAgreement(user, organisationId, form);
				redirect.addFlashAttribute("flash", "sharing.recorded");
				return "redirect:/sharing-agreements";
			}
			catch (InvalidFieldException ex) {
				errors.rejectValue(ex.field(), ex.messageKey());
			}
		}
		if (organisationId == null) {
			model.addAttribute("organisationMissing", true);
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return agreementsPage(user, organisationId, model);
	}

	private void page(CurrentUser user, UUID clientId, Model model) {
		model.addAttribute("clientId", clientId);
		model.addAttribute("consents", this.sharing.consents(user, clientId));
		model.addAttribute("names", names(user));
		model.addAttribute("categories", DataCategory.values());
		model.addAttribute("today", this.sharing.today());
	}

	private String agreementsPage(CurrentUser user, UUID organisationId, Model model) {
		model.addAttribute("organisationId", organisationId);
		model.addAttribute("agreements", this.sharing.agreements(user, null));
		model.addAttribute("names", names(user));
		model.addAttribute("categories", DataCategory.values());
		model.addAttribute("mayRecord", this.map.mayKeep(user));
		return "consent/agreements";
	}

	/**
	 * The organisations on the map by id, for names and choices.
	 */
	private Map<UUID, String> names(CurrentUser user) {
		List<OrganisationSummary> organisations = this.map.organisations(user, null, false, null, PageLimit.MAX)
			.items();
		return organisations.stream()
			.collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::name, (a, b) -> a,
					LinkedHashMap::new));
	}

}

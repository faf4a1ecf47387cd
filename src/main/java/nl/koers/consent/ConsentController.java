package nl.koers.consent;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import nl.koers.consent.api.ConsentView;
import nl.koers.consent.api.DataCategory;
import nl.koers.consent.api.NewConsent;
import nl.koers.identity.api.CurrentUser;
import nl.koers.socialmap.api.MapEntries.OrganisationSummary;
import nl.koers.socialmap.api.SocialMap;
import nl.koers.system.PageLimit;
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

/**
 * The consents section of the client file, and the coordinator's page of data-sharing
 * agreements.
 */
@Controller
class ConsentController {

	private final SharingService sharing;

	private final ConsentPolicy policy;

	private final SocialMap map;

	private final FormFlow forms;

	ConsentController(SharingService sharing, ConsentPolicy policy, SocialMap map, FormFlow forms) {
		this.sharing = sharing;
		this.policy = policy;
		this.map = map;
		this.forms = forms;
	}

	@GetMapping("/clients/{clientId}/consents")
	@PreAuthorize("@consentPolicy.mayUseConsents(principal)")
	String consents(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("form", new NewConsent(null, null, this.sharing.today(), null));
		String page = page(user, clientId, model);
		return htmx != null ? page + " :: content" : page;
	}

	@PostMapping("/clients/{clientId}/consents")
	@PreAuthorize("@consentPolicy.mayRecordConsents(principal)")
	String consent(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@Valid @ModelAttribute("form") NewConsent form, BindingResult errors, Model model) {
		return this.forms.submit(errors, () -> this.sharing.recordConsent(user, clientId, form), "consent.recorded",
				(ConsentView consent) -> consents(clientId) + "#consent-" + consent.id(),
				() -> page(user, clientId, model));
	}

	@PostMapping("/clients/{clientId}/consents/{consentId}/withdrawal")
	@PreAuthorize("@consentPolicy.mayRecordConsents(principal)")
	String withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@PathVariable UUID consentId, @Valid @ModelAttribute("withdrawal") ConsentWithdrawalForm form,
			BindingResult errors, Model model) {
		model.addAttribute("form", new NewConsent(null, null, this.sharing.today(), null));
		return this.forms.submit(errors, () -> this.sharing.withdraw(user, consentId, form), "consent.withdrawn",
				consents(clientId), () -> page(user, clientId, model));
	}

	@GetMapping("/sharing-agreements")
	@PreAuthorize("@consentPolicy.mayReadAgreements(principal)")
	String agreements(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("form", new SharingAgreementForm(null, null, null, null, this.sharing.today(), null));
		return agreementsPage(user, model);
	}

	@PostMapping("/sharing-agreements")
	@PreAuthorize("@consentPolicy.mayRecordAgreements(principal)")
	String agree(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") SharingAgreementForm form,
			BindingResult errors, Model model) {
		return this.forms.submit(errors,
				() -> this.sharing.recordAgreement(user, form.organisationId(), form.agreement()), "sharing.recorded",
				"/sharing-agreements", () -> agreementsPage(user, model));
	}

	private String page(CurrentUser user, UUID clientId, Model model) {
		model.addAttribute("clientId", clientId);
		model.addAttribute("consents", this.sharing.consents(user, clientId));
		model.addAttribute("names", names(user));
		model.addAttribute("categories", DataCategory.values());
		model.addAttribute("today", this.sharing.today());
		return "consent/consents";
	}

	private String agreementsPage(CurrentUser user, Model model) {
		model.addAttribute("agreements", this.sharing.agreements(user, null));
		model.addAttribute("names", names(user));
		model.addAttribute("categories", DataCategory.values());
		model.addAttribute("mayRecord", this.policy.mayRecordAgreements(user));
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

	private static String consents(UUID clientId) {
		return "/clients/" + clientId + "/consents";
	}

}

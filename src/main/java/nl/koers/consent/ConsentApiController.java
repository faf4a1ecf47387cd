package nl.koers.consent;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.koers.consent.api.ConsentView;
import nl.koers.consent.api.NewConsent;
import nl.koers.consent.api.NewSharingAgreement;
import nl.koers.consent.api.SharingAgreementView;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.CursorPage;

import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Consent and data sharing",
		description = "Data-sharing agreements with organisations and the client's consents to share")
class ConsentApiController {

	private final SharingService sharing;

	ConsentApiController(SharingService sharing) {
		this.sharing = sharing;
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/clients/{id}/consents")
	@PreAuthorize("@consentPolicy.mayUseConsents(principal)")
	@Operation(summary = "Record what the client agreed to share with an organisation, from when until when")
	ResponseEntity<ConsentView> consent(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody NewConsent form) {
		ConsentView consent = this.sharing.recordConsent(user, id, form);
		return ResponseEntity.created(URI.create("/api/v1/clients/" + id + "/consents")).body(consent);
	}

	@GetMapping("/clients/{id}/consents")
	@PreAuthorize("@consentPolicy.mayUseConsents(principal)")
	@Operation(summary = "The client's consents, withdrawn ones included")
	CursorPage<ConsentView> consents(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return new CursorPage<>(this.sharing.consents(user, id), null);
	}

	@PostMapping("/consents/{id}/withdrawal")
	@PreAuthorize("@consentPolicy.mayUseConsents(principal)")
	@Operation(summary = "Withdraw a consent; sharing under it stops at once")
	ConsentView withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody ConsentWithdrawalForm form) {
		return this.sharing.withdraw(user, id, form);
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/organisations/{id}/sharing-agreements")
	@PreAuthorize("@consentPolicy.mayRecordAgreements(principal)")
	@Operation(summary = "Record a data-sharing agreement with an organisation: categories, legal basis, purpose, "
			+ "valid from and until")
	ResponseEntity<SharingAgreementView> agree(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody NewSharingAgreement form) {
		SharingAgreementView agreement = this.sharing.recordAgreement(user, id, form);
		return ResponseEntity.created(URI.create("/api/v1/organisations/" + id + "/sharing-agreements"))
			.body(agreement);
	}

	@GetMapping("/organisations/{id}/sharing-agreements")
	@PreAuthorize("@consentPolicy.mayReadAgreements(principal)")
	@Operation(summary = "The data-sharing agreements with an organisation")
	CursorPage<SharingAgreementView> agreements(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return new CursorPage<>(this.sharing.agreements(user, id), null);
	}

}

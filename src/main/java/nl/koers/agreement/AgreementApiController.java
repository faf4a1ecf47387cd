package nl.koers.agreement;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.koers.agreement.api.AgreementView;
import nl.koers.agreement.api.NewAgreement;
import nl.koers.agreement.api.NewAgreementOutcome;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.CursorPage;
import nl.koers.system.PageLimit;

import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Agreements", description = "Agreements made with the client and whether they were kept")
class AgreementApiController {

	private final AgreementService agreements;

	AgreementApiController(AgreementService agreements) {
		this.agreements = agreements;
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/clients/{id}/agreements")
	@PreAuthorize("@agreementPolicy.mayRecord(principal)")
	@Operation(summary = "Record an agreement made with the client, optionally tied to a (cost-bearing) "
			+ "provision or to a trajectory (the case lead or a coordinator)")
	ResponseEntity<AgreementView> make(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody NewAgreement agreement) {
		AgreementView made = this.agreements.make(user, id, agreement);
		return ResponseEntity.created(URI.create("/api/v1/agreements/" + made.id())).body(made);
	}

	@GetMapping("/clients/{id}/agreements")
	@PreAuthorize("@agreementPolicy.mayRead(principal)")
	@Operation(summary = "The client's agreements with their outcomes, oldest first")
	CursorPage<AgreementView> list(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) String next) {
		return this.agreements.agreements(user, id, next, PageLimit.of(limit));
	}

	@GetMapping("/agreements/{id}")
	@PreAuthorize("@agreementPolicy.mayRead(principal)")
	@Operation(summary = "One agreement with every recorded outcome; the latest counts")
	AgreementView get(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return this.agreements.agreement(user, id);
	}

	@PutMapping("/agreements/{id}/outcome")
	@PreAuthorize("@agreementPolicy.mayRecord(principal)")
	@Operation(summary = "Record whether the agreement was kept or broken (broken: with validReason and an "
			+ "explanation); a later outcome corrects an earlier one")
	AgreementView outcome(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody NewAgreementOutcome outcome) {
		return this.agreements.recordOutcome(user, id, outcome);
	}

}

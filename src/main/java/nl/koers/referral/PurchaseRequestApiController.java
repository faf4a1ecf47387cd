package nl.koers.referral;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.CursorPage;
import nl.koers.system.PageLimit;

import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
@RequestMapping("/api/v1/purchase-requests")
@Tag(name = "Purchase requests", description = "Proposals to purchase a provision when nothing on the social map fits")
class PurchaseRequestApiController {

	private final PurchaseRequestService requests;

	PurchaseRequestApiController(PurchaseRequestService requests) {
		this.requests = requests;
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	@Operation(summary = "File a purchase request (consultants and coordinators)")
	ResponseEntity<PurchaseRequestView> file(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody PurchaseRequestForm form) {
		PurchaseRequestView filed = this.requests.file(user, form);
		return ResponseEntity.created(URI.create("/api/v1/purchase-requests/" + filed.id())).body(filed);
	}

	@GetMapping
	@Operation(summary = "The municipality's requests (coordinators, contract managers) or one's own (consultants)")
	CursorPage<PurchaseRequestView> list(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) String next) {
		return this.requests.list(user, next, PageLimit.of(limit));
	}

	@PutMapping("/{id}/decision")
	@Operation(summary = "Approve or reject an open request (coordinators, contract managers)")
	PurchaseRequestView decide(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody PurchaseDecisionForm decision) {
		return this.requests.decide(user, id, decision);
	}

}

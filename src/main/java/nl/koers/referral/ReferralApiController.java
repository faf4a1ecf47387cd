package nl.koers.referral;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.koers.identity.api.CurrentUser;
import nl.koers.referral.api.NewReferral;
import nl.koers.referral.api.NoteKind;
import nl.koers.referral.api.ReferralStatusChange;
import nl.koers.referral.api.ReferralView;
import nl.koers.referral.api.Referrals;
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
@RequestMapping("/api/v1")
@Tag(name = "Referrals", description = "Referrals to services of the social map, and the institution's side of them")
class ReferralApiController {

	private final ReferralService referrals;

	private final ReferralPolicy policy;

	ReferralApiController(ReferralService referrals, ReferralPolicy policy) {
		this.referrals = referrals;
		this.policy = policy;
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/clients/{id}/referrals")
	@Operation(summary = "Propose a referral of the client to a service of the social map")
	ResponseEntity<ReferralView> propose(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody NewReferral form) {
		ReferralView referral = this.referrals.propose(user, id, form);
		return ResponseEntity.created(URI.create("/api/v1/referrals/" + referral.id())).body(referral);
	}

	@GetMapping("/referrals")
	@Operation(summary = "An institution worker: the organisation's active referrals; "
			+ "a consultant or coordinator: the referrals of the client given as clientId")
	CursorPage<ReferralView> list(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) UUID clientId, @RequestParam(required = false) Integer limit,
			@RequestParam(required = false) String next) {
		int size = PageLimit.of(limit);
		return clientId == null && this.policy.mayAnswer(user) ? this.referrals.ofOrganisation(user, next, size)
				: this.referrals.ofClient(user, clientId, next, size);
	}

	@GetMapping("/referrals/{id}")
	@Operation(summary = "One referral with its history and what the caller may see of the client")
	ReferralView referral(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return this.referrals.referral(user, id);
	}

	@PutMapping("/referrals/{id}/status")
	@Operation(summary = "The next step: SENT or CANCELLED by the referring side (a coordinator may send "
			+ "without sharing, with overrideReason); ACCEPTED, DECLINED, STARTED or ENDED (with an "
			+ "outcome code, and a note if there is more to say) by the institution")
	ReferralView status(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody ReferralStatusChange change) {
		return this.referrals.changeStatus(user, id, change);
	}

	@PostMapping("/referrals/{id}/progress")
	@Operation(summary = "The institution's dated progress note on an accepted or started referral")
	ReferralView progress(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody ReferralNoteForm form) {
		return this.referrals.addNote(user, id, NoteKind.PROGRESS, form);
	}

	@PostMapping("/referrals/{id}/feedback")
	@Operation(summary = "The institution's feedback to the consultant")
	ReferralView feedback(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody ReferralNoteForm form) {
		return this.referrals.addNote(user, id, NoteKind.FEEDBACK, form);
	}

}

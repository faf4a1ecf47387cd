package nl.koers.trajectory;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.CursorPage;
import nl.koers.system.PageLimit;
import nl.koers.trajectory.api.Nomination;
import nl.koers.trajectory.api.PhaseChange;
import nl.koers.trajectory.api.ProviderAnswer;
import nl.koers.trajectory.api.TrajectoryEnd;
import nl.koers.trajectory.api.TrajectoryNote;
import nl.koers.trajectory.api.TrajectoryStart;
import nl.koers.trajectory.api.TrajectoryView;

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
@Tag(name = "Trajectories", description = "Nominations for purchased activation trajectories and their course")
class TrajectoryApiController {

	private final NominationService nominations;

	private final TrajectoryService trajectories;

	private final TrajectoryPolicy policy;

	TrajectoryApiController(NominationService nominations, TrajectoryService trajectories, TrajectoryPolicy policy) {
		this.nominations = nominations;
		this.trajectories = trajectories;
		this.policy = policy;
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/clients/{id}/trajectories")
	@Operation(summary = "Nominate the client for a trajectory under a contract; 422 with every failed "
			+ "eligibility rule, or when the contract is closed, full or beyond its budget")
	ResponseEntity<TrajectoryView> nominate(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody Nomination form) {
		TrajectoryView trajectory = this.nominations.nominate(user, id, form);
		return ResponseEntity.created(URI.create("/api/v1/trajectories/" + trajectory.id())).body(trajectory);
	}

	@GetMapping("/trajectories")
	@Operation(summary = "A provider's worker: the provider's open trajectories and those in aftercare; "
			+ "a contract manager: nominations awaiting approval; a consultant or coordinator: "
			+ "the trajectories of the client given as clientId")
	CursorPage<TrajectoryView> list(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) UUID clientId, @RequestParam(required = false) Integer limit,
			@RequestParam(required = false) String next) {
		int size = PageLimit.of(limit);
		if (clientId == null && this.policy.mayAnswer(user)) {
			return this.trajectories.ofProvider(user, next, size);
		}
		if (clientId == null && this.policy.mayApprove(user)) {
			return this.nominations.awaitingApproval(user, next, size);
		}
		return this.trajectories.ofClient(user, clientId, next, size);
	}

	@GetMapping("/trajectories/{id}")
	@Operation(summary = "One trajectory with its steps, as far as the caller may see it")
	TrajectoryView trajectory(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return this.trajectories.trajectory(user, id);
	}

	@PutMapping("/trajectories/{id}/approval")
	@Operation(summary = "The contract manager approves a nomination outside the window, places or budget, "
			+ "or does not (with a note)")
	TrajectoryView approval(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody ApprovalForm form) {
		return this.nominations.decide(user, id, form);
	}

	@PutMapping("/trajectories/{id}/answer")
	@Operation(summary = "The provider accepts or declines (with a reason) the nomination")
	TrajectoryView answer(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody ProviderAnswer form) {
		return this.trajectories.answer(user, id, form);
	}

	@PutMapping("/trajectories/{id}/start")
	@Operation(summary = "An accepted trajectory starts (in its first phase)")
	TrajectoryView start(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody TrajectoryStart form) {
		return this.trajectories.start(user, id, form);
	}

	@PutMapping("/trajectories/{id}/phase")
	@Operation(summary = "A running trajectory moves to another phase from a date")
	TrajectoryView phase(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody PhaseChange form) {
		return this.trajectories.changePhase(user, id, form);
	}

	@PostMapping("/trajectories/{id}/reports")
	@Operation(summary = "The provider's report on the current phase or on aftercare")
	TrajectoryView report(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody TrajectoryNote form) {
		return this.trajectories.report(user, id, form);
	}

	@PutMapping("/trajectories/{id}/end")
	@Operation(
			summary = "A running trajectory ends with its outcome code (a note is needed for NO_CHANGE, DROPPED_OUT, "
					+ "MOVED and OTHER)")
	TrajectoryView end(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody TrajectoryEnd form) {
		return this.trajectories.end(user, id, form);
	}

	@PutMapping("/trajectories/{id}/withdrawal")
	@Operation(summary = "The consultant withdraws a nomination that has not started, with the reason")
	TrajectoryView withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody TrajectoryNote form) {
		return this.nominations.withdraw(user, id, form);
	}

}

package nl.koers.goal;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.koers.goal.api.GoalView;
import nl.koers.goal.api.NewGoal;
import nl.koers.goal.api.NewGoalStatus;
import nl.koers.goal.api.NewProgressNote;
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
@Tag(name = "Goals", description = "The client's own goals, with progress notes and status history")
class GoalApiController {

	private final GoalService goals;

	GoalApiController(GoalService goals) {
		this.goals = goals;
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/clients/{id}/goals")
	@PreAuthorize("@goalPolicy.mayRecord(principal)")
	@Operation(summary = "Set a goal of the client, described in the client's own words (the case lead or a "
			+ "coordinator)")
	ResponseEntity<GoalView> set(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody NewGoal goal) {
		GoalView set = this.goals.set(user, id, goal);
		return ResponseEntity.created(URI.create("/api/v1/goals/" + set.id())).body(set);
	}

	@GetMapping("/clients/{id}/goals")
	@PreAuthorize("@goalPolicy.mayRead(principal)")
	@Operation(summary = "The client's goals with their progress notes and status history, oldest first")
	CursorPage<GoalView> list(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) String next) {
		return this.goals.goals(user, id, next, PageLimit.of(limit));
	}

	@GetMapping("/goals/{id}")
	@PreAuthorize("@goalPolicy.mayRead(principal)")
	@Operation(summary = "One goal with its progress notes and status history")
	GoalView get(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return this.goals.goal(user, id);
	}

	@PostMapping("/goals/{id}/progress")
	@PreAuthorize("@goalPolicy.mayRecord(principal)")
	@Operation(summary = "Add a dated progress note to an active goal")
	GoalView progress(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody NewProgressNote progress) {
		return this.goals.addProgress(user, id, progress);
	}

	@PutMapping("/goals/{id}/status")
	@PreAuthorize("@goalPolicy.mayRecord(principal)")
	@Operation(summary = "Change the goal's status with a date and reason: an active goal is achieved or "
			+ "stopped; an achieved or stopped goal can only be made active again. Send the version read.")
	GoalView status(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody NewGoalStatus change) {
		return this.goals.changeStatus(user, id, change);
	}

}

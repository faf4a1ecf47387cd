package nl.koers.task;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.CursorPage;
import nl.koers.system.PageLimit;
import nl.koers.task.api.TaskType;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "Tasks", description = "The worklist: outreach after a no-show and reviews, due and overdue")
class TaskApiController {

	private final WorklistService worklist;

	TaskApiController(WorklistService worklist) {
		this.worklist = worklist;
	}

	@GetMapping
	@Operation(summary = "The caller's open tasks by due date: a consultant's own, or for coordinators all of the "
			+ "municipality, unassigned ones included")
	CursorPage<TaskItem> worklist(@AuthenticationPrincipal CurrentUser user,
			@Parameter(description = "only tasks due before this day (exclusive)") @RequestParam(
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBefore,
			@Parameter(description = "only tasks of this type") @RequestParam(required = false) TaskType type,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) String next) {
		return this.worklist.open(user, dueBefore, type, next, PageLimit.of(limit));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One task of the caller's municipality, open or closed")
	TaskItem get(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return this.worklist.get(user, id);
	}

}

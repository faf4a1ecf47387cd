package nl.koers.goal;

import java.util.UUID;

import jakarta.validation.Valid;
import nl.koers.goal.GoalService.GoalPage;
import nl.koers.goal.api.GoalCategory;
import nl.koers.goal.api.GoalStatus;
import nl.koers.goal.api.GoalView;
import nl.koers.goal.api.NewGoal;
import nl.koers.goal.api.NewGoalStatus;
import nl.koers.goal.api.NewProgressNote;
import nl.koers.identity.api.CurrentUser;
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
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The client's goals (also the goals section of the client file) and the forms to set a
 * goal, add a progress note and change a goal's status.
 */
@Controller
@RequestMapping("/clients/{clientId}/goals")
@PreAuthorize("@goalPolicy.mayRead(principal)")
class GoalController {

	private final GoalService goals;

	private final FormFlow forms;

	GoalController(GoalService goals, FormFlow forms) {
		this.goals = goals;
		this.forms = forms;
	}

	@GetMapping
	String overview(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("page", this.goals.page(user, clientId));
		return htmx != null ? "goal/overview :: content" : "goal/overview";
	}

	@GetMapping("/new")
	@PreAuthorize("@goalPolicy.mayRecord(principal)")
	String newForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId, Model model) {
		GoalPage page = this.goals.recordingPage(user, clientId, null);
		return form(page, null, "new", new NewGoal(null, null, page.today()), model);
	}

	@PostMapping
	@PreAuthorize("@goalPolicy.mayRecord(principal)")
	String set(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@Valid @ModelAttribute("form") NewGoal form, BindingResult errors, Model model) {
		GoalPage page = this.goals.recordingPage(user, clientId, null);
		return this.forms.submit(errors, () -> this.goals.set(user, clientId, form), "goal.saved",
				(GoalView goal) -> overview(page) + "#goal-" + goal.id(), () -> form(page, null, "new", form, model));
	}

	@GetMapping("/{goalId}/progress")
	@PreAuthorize("@goalPolicy.mayRecord(principal)")
	String progressForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@PathVariable UUID goalId, Model model) {
		GoalPage page = this.goals.recordingPage(user, clientId, goalId);
		return form(page, goalId, "progress", new NewProgressNote(page.today(), null), model);
	}

	@PostMapping("/{goalId}/progress")
	@PreAuthorize("@goalPolicy.mayRecord(principal)")
	String addProgress(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@PathVariable UUID goalId, @Valid @ModelAttribute("form") NewProgressNote form, BindingResult errors,
			Model model) {
		GoalPage page = this.goals.recordingPage(user, clientId, goalId);
		return this.forms.submit(errors, () -> this.goals.addProgress(user, goalId, form), "goal.saved", overview(page),
				() -> form(page, goalId, "progress", form, model));
	}

	@GetMapping("/{goalId}/status")
	@PreAuthorize("@goalPolicy.mayRecord(principal)")
	String statusForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId, @PathVariable UUID goalId,
			Model model) {
		GoalPage page = this.goals.recordingPage(user, clientId, goalId);
		GoalView goal = page.goal(goalId);
		GoalStatus next = goal.active() ? GoalStatus.ACHIEVED : GoalStatus.ACTIVE;
		return form(page, goalId, "status", new NewGoalStatus(next, page.today(), null, goal.version()), model);
	}

	@PostMapping("/{goalId}/status")
	@PreAuthorize("@goalPolicy.mayRecord(principal)")
	String changeStatus(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@PathVariable UUID goalId, @Valid @ModelAttribute("form") NewGoalStatus form, BindingResult errors,
			Model model) {
		GoalPage page = this.goals.recordingPage(user, clientId, goalId);
		return this.forms.submit(errors, () -> this.goals.changeStatus(user, goalId, form), "goal.saved",
				overview(page), () -> form(page, goalId, "status", form, model));
	}

	private static String overview(GoalPage page) {
		return "/clients/" + page.client().id() + "/goals";
	}

	private static String form(GoalPage page, UUID goalId, String action, Object form, Model model) {
		model.addAttribute("page", page);
		model.addAttribute("goal", goalId == null ? null : page.goal(goalId));
		model.addAttribute("action", action);
		model.addAttribute("form", form);
		model.addAttribute("categories", GoalCategory.values());
		model.addAttribute("statuses", GoalStatus.values());
		return "goal/form";
	}

}

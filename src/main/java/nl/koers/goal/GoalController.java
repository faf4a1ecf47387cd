package nl.koers.goal;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.ConflictException;
import nl.koers.system.InvalidFieldException;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The client's goals (also the goals section of the client file) and the forms to set a
 * goal, add a progress note and change a goal's status.
 */
@Controller
@RequestMapping("/clients/{clientId}/goals")
@PreAuthorize("hasAnyRole('CONSULTANT', 'COORDINATOR', 'INSTITUTION_WORKER')")
class GoalController {

	private static final String RECORDERS = "hasAnyRole('CONSULTANT', 'COORDINATOR')";

	private final Goals goals;

	GoalController(Goals goals) {
		this.goals = goals;
	}

	@GetMapping
	String overview(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("page", this.goals.page(user, clientId));
		return htmx != null ? "goal/overview :: content" : "goal/overview";
	}

	@GetMapping("/new")
	@PreAuthorize(RECORDERS)
	String newForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId, Model model) {
		Goals.GoalPage page = this.goals.recordingPage(user, clientId, null);
		return form(page, null, "new", new NewGoal(null, null, page.today()), model);
	}

	@PostMapping
	@PreAuthorize(RECORDERS)
	String set(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@Valid @ModelAttribute("form") NewGoal form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Goals.GoalPage page = this.goals.recordingPage(user, clientId, null);
		return submit(page, null, "new", form, errors, model, response, redirect,
				() -> this.goals.set(user, clientId, form));
	}

	@GetMapping("/{goalId}/progress")
	@PreAuthorize(RECORDERS)
	String progressForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@PathVariable UUID goalId, Model model) {
		Goals.GoalPage page = this.goals.recordingPage(user, clientId, goalId);
		return form(page, goalId, "progress", new ProgressForm(page.today(), null), model);
	}

	@PostMapping("/{goalId}/progress")
	@PreAuthorize(RECORDERS)
	String addProgress(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@PathVariable UUID goalId, @Valid @ModelAttribute("form") ProgressForm form, BindingResult errors,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Goals.GoalPage page = this.goals.recordingPage(user, clientId, goalId);
		return submit(page, goalId, "progress", form, errors, model, response, redirect,
				() -> this.goals.addProgress(user, goalId, form));
	}

	@GetMapping("/{goalId}/status")
	@PreAuthorize(RECORDERS)
	String statusForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId, @PathVariable UUID goalId,
			Model model) {
		Goals.GoalPage page = this.goals.recordingPage(user, clientId, goalId);
		GoalView goal = page.goal(goalId);
		GoalStatus next = goal.active() ? GoalStatus.ACHIEVED : GoalStatus.ACTIVE;
		return form(page, goalId, "status", new StatusForm(next, page.today(), null, goal.version()), model);
	}

	@PostMapping("/{goalId}/status")
	@PreAuthorize(RECORDERS)
	String changeStatus(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@PathVariable UUID goalId, @Valid @ModelAttribute("form") StatusForm form, BindingResult errors,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Goals.GoalPage page = this.goals.recordingPage(user, clientId, goalId);
		return submit(page, goalId, "status", form, errors, model, response, redirect,
				() -> this.goals.changeStatus(user, goalId, form));
	}

	private String submit(Goals.GoalPage page, UUID goalId, String action, Object form, BindingResult errors,
			Model model, HttpServletResponse response, RedirectAttributes redirect, Runnable change) {
		if (!errors.hasErrors()) {
			try {
				change.run();
				redirect.addFlashAttribute("flash", "goal.saved");
				return "redirect:/clients/" + page.client().id() + "/goals";
			}
			catch (InvalidFieldException ex) {
				errors.rejectValue(ex.field(), ex.messageKey());
				response.setStatus(
						(ex instanceof RefusedException ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.BAD_REQUEST)
							.value());
				return form(page, goalId, action, form, model);
			}
			catch (ConflictException ex) {
				errors.reject(ex.messageKey());
				response.setStatus(HttpStatus.CONFLICT.value());
				return form(page, goalId, action, form, model);
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return form(page, goalId, action, form, model);
	}

	private static String form(Goals.GoalPage page, UUID goalId, String action, Object form, Model model) {
		model.addAttribute("page", page);
		model.addAttribute("goal", goalId == null ? null : page.goal(goalId));
		model.addAttribute("action", action);
		model.addAttribute("form", form);
		model.addAttribute("categories", GoalCategory.values());
		model.addAttribute("statuses", GoalStatus.values());
		return "goal/form";
	}

}

package nl.koers.route;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.InvalidFieldException;
import nl.koers.system.RefusedException;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The profile and route section of the client file, and its forms.
 */
@Controller
@RequestMapping("/clients/{clientId}/route")
@PreAuthorize("hasAnyRole('CONSULTANT', 'COORDINATOR', 'INSTITUTION_WORKER')")
class RouteController {

	private static final String FORM = "route/form";

	private final Routes routes;

	RouteController(Routes routes) {
		this.routes = routes;
	}

	@GetMapping
	String section(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("history", this.routes.history(user, clientId, null));
		return htmx != null ? "route/section :: content" : "route/section";
	}

	@GetMapping("/profile")
	String profileForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@RequestParam(required = false) UUID corrects, Model model) {
		return form(user, clientId, "profile", new ProfileDecisionForm(null, LocalDate.now(), null, corrects), model);
	}

	@PostMapping("/profile")
	String decideProfile(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@Valid @ModelAttribute("form") ProfileDecisionForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return submit(user, clientId, "profile", form, errors, model, response, redirect,
				() -> this.routes.decideProfile(user, clientId, form));
	}

	@GetMapping("/change")
	String changeForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@RequestParam(required = false) UUID corrects, Model model) {
		return form(user, clientId, "change", new RouteChangeForm(null, LocalDate.now(), null, null, corrects), model);
	}

	@PostMapping("/change")
	String changeRoute(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@Valid @ModelAttribute("form") RouteChangeForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return submit(user, clientId, "change", form, errors, model, response, redirect,
				() -> this.routes.changeRoute(user, clientId, form));
	}

	@GetMapping("/review")
	String reviewForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId, Model model) {
		return form(user, clientId, "review", new ReviewForm(null, LocalDate.now(), null, null, null), model);
	}

	@PostMapping("/review")
	String review(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@Valid @ModelAttribute("form") ReviewForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return submit(user, clientId, "review", form, errors, model, response, redirect,
				() -> this.routes.review(user, clientId, form));
	}

	@GetMapping("/handover")
	String handoverForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@RequestParam(required = false) UUID corrects, Model model) {
		return form(user, clientId, "handover", new HandoverForm(LocalDate.now(), null, null, corrects), model);
	}

	@PostMapping("/handover")
	String handOver(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@Valid @ModelAttribute("form") HandoverForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return submit(user, clientId, "handover", form, errors, model, response, redirect,
				() -> this.routes.handOver(user, clientId, form));
	}

	@GetMapping("/events/{eventId}/withdraw")
	String withdrawForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@PathVariable UUID eventId, Model model) {
		model.addAttribute("eventId", eventId);
		return form(user, clientId, "withdraw", new WithdrawalForm(null), model);
	}

	@PostMapping("/events/{eventId}/withdraw")
	String withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId, @PathVariable UUID eventId,
			@Valid @ModelAttribute("form") WithdrawalForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		model.addAttribute("eventId", eventId);
		return submit(user, clientId, "withdraw", form, errors, model, response, redirect,
				() -> this.routes.withdraw(user, clientId, eventId, form));
	}

	private String form(CurrentUser user, UUID clientId, String action, Object form, Model model) {
		ClientHistory history = this.routes.history(user, clientId, null);
		if (!history.mayChange()) {
			throw new AccessDeniedException("only the case lead or a coordinator changes the route");
		}
		model.addAttribute("history", history);
		model.addAttribute("action", action);
		model.addAttribute("form", form);
		model.addAttribute("profiles", ClientProfile.values());
		model.addAttribute("routes", Route.values());
		model.addAttribute("decisions", ReviewDecision.values());
		return FORM;
	}

	private static void reject(BindingResult errors, InvalidFieldException ex) {
		if (new BeanWrapperImpl(errors.getTarget()).isReadableProperty(ex.field())) {
			errors.rejectValue(ex.field(), ex.messageKey());
		}
		else {
			errors.reject(ex.messageKey());
		}
	}

	private String submit(CurrentUser user, UUID clientId, String action, Object form, BindingResult errors,
			Model model, HttpServletResponse response, RedirectAttributes redirect, Runnable change) {
		if (!errors.hasErrors()) {
			try {
				change.run();
				redirect.addFlashAttribute("flash", "route.saved");
				return "redirect:/clients/" + clientId + "/route";
			}
			catch (RefusedException ex) {
				reject(errors, ex);
				response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
				return form(user, clientId, action, form, model);
			}
			catch (InvalidFieldException ex) {
				reject(errors, ex);
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return form(user, clientId, action, form, model);
	}

}

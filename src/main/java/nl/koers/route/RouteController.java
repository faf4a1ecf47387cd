package nl.koers.route;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.koers.client.api.Outcome;
import nl.koers.identity.api.CurrentUser;
import nl.koers.route.api.ClientProfile;
import nl.koers.route.api.Handover;
import nl.koers.route.api.ProfileDecision;
import nl.koers.route.api.Review;
import nl.koers.route.api.ReviewDecision;
import nl.koers.route.api.Route;
import nl.koers.route.api.RouteChange;
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
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The profile and route section of the client file, and its forms. The forms ask for the
 * outcome of a route the step ends, other than investigation (the API leaves it
 * optional).
 */
@Controller
@RequestMapping("/clients/{clientId}/route")
@PreAuthorize("@routePolicy.mayRead(principal)")
class RouteController {

	private static final String FORM = "route/form";

	private final RouteService routes;

	private final FormFlow forms;

	private final Clock clock;

	RouteController(RouteService routes, FormFlow forms, Clock clock) {
		this.routes = routes;
		this.forms = forms;
		this.clock = clock;
	}

	@GetMapping
	String section(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("history", this.routes.history(user, clientId, null));
		model.addAttribute("today", today());
		return htmx != null ? "route/section :: content" : "route/section";
	}

	@GetMapping("/profile")
	String profileForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@RequestParam(required = false) UUID corrects, Model model) {
		return form(user, clientId, "profile", new ProfileDecision(null, today(), null, corrects), model);
	}

	@PostMapping("/profile")
	String decideProfile(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@Valid @ModelAttribute("form") ProfileDecision form, BindingResult errors, Model model) {
		return submit(user, clientId, "profile", form, errors, model,
				() -> this.routes.decideProfile(user, clientId, form, true));
	}

	@GetMapping("/change")
	String changeForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@RequestParam(required = false) UUID corrects, Model model) {
		return form(user, clientId, "change", new RouteChange(null, today(), null, null, corrects), model);
	}

	@PostMapping("/change")
	String changeRoute(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@Valid @ModelAttribute("form") RouteChange form, BindingResult errors, Model model) {
		return submit(user, clientId, "change", form, errors, model,
				() -> this.routes.changeRoute(user, clientId, form, true));
	}

	@GetMapping("/review")
	String reviewForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId, Model model) {
		return form(user, clientId, "review", new Review(null, today(), null, null, null), model);
	}

	@PostMapping("/review")
	String review(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@Valid @ModelAttribute("form") Review form, BindingResult errors, Model model) {
		return submit(user, clientId, "review", form, errors, model,
				() -> this.routes.review(user, clientId, form, true));
	}

	@GetMapping("/handover")
	String handoverForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@RequestParam(required = false) UUID corrects, Model model) {
		return form(user, clientId, "handover", new Handover(today(), null, null, corrects, Outcome.REINTEGRATION),
				model);
	}

	@PostMapping("/handover")
	String handOver(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@Valid @ModelAttribute("form") Handover form, BindingResult errors, Model model) {
		return submit(user, clientId, "handover", form, errors, model,
				() -> this.routes.handOver(user, clientId, form));
	}

	@GetMapping("/events/{eventId}/withdraw")
	String withdrawForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@PathVariable UUID eventId, Model model) {
		model.addAttribute("eventId", eventId);
		return form(user, clientId, "withdraw", new RouteWithdrawalForm(null), model);
	}

	@PostMapping("/events/{eventId}/withdraw")
	String withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId, @PathVariable UUID eventId,
			@Valid @ModelAttribute("form") RouteWithdrawalForm form, BindingResult errors, Model model) {
		model.addAttribute("eventId", eventId);
		return submit(user, clientId, "withdraw", form, errors, model,
				() -> this.routes.withdraw(user, clientId, eventId, form));
	}

	/**
	 * The Dutch date, which a form proposes and an overdue date is compared with.
	 */
	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private String form(CurrentUser user, UUID clientId, String action, Object form, Model model) {
		ClientHistory history = this.routes.historyToChange(user, clientId);
		model.addAttribute("history", history);
		model.addAttribute("action", action);
		model.addAttribute("form", form);
		model.addAttribute("profiles", ClientProfile.values());
		model.addAttribute("routes", Route.values());
		model.addAttribute("decisions", ReviewDecision.values());
		model.addAttribute("outcomes", Outcome.values());
		return FORM;
	}

	private String submit(CurrentUser user, UUID clientId, String action, Object form, BindingResult errors,
			Model model, Runnable change) {
		return this.forms.submit(errors, change, "route.saved", "/clients/" + clientId + "/route",
				() -> form(user, clientId, action, form, model));
	}

}

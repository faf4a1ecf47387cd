package nl.koers.screening;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.route.api.Route;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The screening pages: the campaigns, starting one, a campaign's progress with its
 * clients, and recording an outcome.
 */
@Controller
@RequestMapping("/screening")
@PreAuthorize("hasAnyRole('CONSULTANT', 'COORDINATOR', 'MANAGER')")
class ScreeningController {

	private static final int PAGE = 100;

	private final Screenings screenings;

	private final Clock clock;

	ScreeningController(Screenings screenings, Clock clock) {
		this.screenings = screenings;
		this.clock = clock;
	}

	@GetMapping
	String campaigns(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("campaigns", this.screenings.campaigns(user));
		model.addAttribute("mayStart", user.hasRole(Role.COORDINATOR));
		return "screening/campaigns";
	}

	@GetMapping("/new")
	@PreAuthorize("hasRole('COORDINATOR')")
	String startForm(Model model) {
		model.addAttribute("campaign", new NewCampaign("", LocalDate.now(this.clock)));
		return "screening/start";
	}

	@PostMapping
	@PreAuthorize("hasRole('COORDINATOR')")
	String start(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("campaign") NewCampaign campaign,
			BindingResult errors, HttpServletResponse response, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				CampaignView started = this.screenings.start(user, campaign);
				redirect.addFlashAttribute("flash", "screening.started");
				return "redirect:/screening/" + started.id();
			}
			catch (RefusedException ex) {
				errors.rejectValue(ex.field(), ex.messageKey());
				response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
				return "screening/start";
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return "screening/start";
	}

	@GetMapping("/{id}")
	String campaign(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) ItemStatus status, @RequestParam(required = false) String next,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("campaign", this.screenings.campaign(user, id));
		model.addAttribute("status", status);
		boolean examiner = user.hasAnyRole(Role.CONSULTANT, Role.COORDINATOR);
		model.addAttribute("examiner", examiner);
		model.addAttribute("wholeCampaign", this.screenings.wholeCampaign(user));
		model.addAttribute("mayClose", user.hasRole(Role.COORDINATOR));
		if (examiner) {
			model.addAttribute("page", this.screenings.items(user, id, status, next, PAGE));
		}
		return htmx != null && next != null ? "screening/campaign :: rows" : "screening/campaign";
	}

	@GetMapping("/{id}/clients/{clientId}")
	@PreAuthorize("hasAnyRole('CONSULTANT', 'COORDINATOR')")
	String outcomeForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID clientId,
			Model model) {
		ScreeningItem item = this.screenings.item(user, id, clientId);
		model.addAttribute("form", new OutcomeForm(item.outcome(), item.advisedRoute(), item.note()));
		return outcomeForm(user, id, item, model);
	}

	@PostMapping("/{id}/clients/{clientId}")
	@PreAuthorize("hasAnyRole('CONSULTANT', 'COORDINATOR')")
	String record(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID clientId,
			@Valid @ModelAttribute("form") OutcomeForm form, BindingResult errors, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.screenings.record(user, id, clientId, form);
				redirect.addFlashAttribute("flash", "screening.recorded");
				return "redirect:/screening/" + id + "?status=TO_DO";
			}
			catch (InvalidFieldException ex) {
				errors.rejectValue(ex.field(), ex.messageKey());
				response.setStatus(
						(ex instanceof RefusedException ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.BAD_REQUEST)
							.value());
				return outcomeForm(user, id, this.screenings.item(user, id, clientId), model);
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return outcomeForm(user, id, this.screenings.item(user, id, clientId), model);
	}

	@PostMapping("/{id}/close")
	@PreAuthorize("hasRole('COORDINATOR')")
	String close(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		this.screenings.close(user, id);
		redirect.addFlashAttribute("flash", "screening.closedNow");
		return "redirect:/screening/" + id;
	}

	private String outcomeForm(CurrentUser user, UUID id, ScreeningItem item, Model model) {
		model.addAttribute("campaign", this.screenings.campaign(user, id));
		model.addAttribute("item", item);
		model.addAttribute("outcomes", Outcome.values());
		model.addAttribute("routes", Route.values());
		return "screening/outcome";
	}

}

package nl.koers.screening;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.koers.identity.api.CurrentUser;
import nl.koers.route.api.Route;
import nl.koers.screening.api.ItemStatus;
import nl.koers.screening.api.NewCampaign;
import nl.koers.screening.api.ScreeningItem;
import nl.koers.screening.api.ScreeningOutcome;
import nl.koers.screening.api.ScreeningResult;
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
 * The screening pages: the campaigns, starting one, a campaign's progress with its
 * clients, and recording an outcome.
 */
@Controller
@RequestMapping("/screening")
@PreAuthorize("@screeningPolicy.mayFollow(principal)")
class ScreeningController {

	private static final int PAGE = 100;

	private final ScreeningService screenings;

	private final ScreeningPolicy policy;

	private final FormFlow forms;

	private final Clock clock;

	ScreeningController(ScreeningService screenings, ScreeningPolicy policy, FormFlow forms, Clock clock) {
		this.screenings = screenings;
		this.policy = policy;
		this.forms = forms;
		this.clock = clock;
	}

	@GetMapping
	String campaigns(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("campaigns", this.screenings.campaigns(user));
		model.addAttribute("mayStart", this.policy.mayRun(user));
		return "screening/campaigns";
	}

	@GetMapping("/new")
	@PreAuthorize("@screeningPolicy.mayRun(principal)")
	String startForm(Model model) {
		model.addAttribute("campaign", new NewCampaign("", LocalDate.now(this.clock)));
		return "screening/start";
	}

	@PostMapping
	@PreAuthorize("@screeningPolicy.mayRun(principal)")
	String start(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("campaign") NewCampaign campaign,
			BindingResult errors) {
		return this.forms.submit(errors, () -> this.screenings.start(user, campaign), "screening.started",
				started -> "/screening/" + started.id(), () -> "screening/start");
	}

	@GetMapping("/{id}")
	String campaign(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) ItemStatus status, @RequestParam(required = false) String next,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		String page = campaignPage(user, id, status, next, model);
		return htmx != null && next != null ? page + " :: rows" : page;
	}

	@GetMapping("/{id}/clients/{clientId}")
	@PreAuthorize("@screeningPolicy.mayExamine(principal)")
	String outcomeForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID clientId,
			Model model) {
		ScreeningItem item = this.screenings.item(user, id, clientId);
		model.addAttribute("form", new ScreeningResult(item.outcome(), item.advisedRoute(), item.note()));
		return outcomeForm(user, id, item, model);
	}

	@PostMapping("/{id}/clients/{clientId}")
	@PreAuthorize("@screeningPolicy.mayExamine(principal)")
	String record(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID clientId,
			@Valid @ModelAttribute("form") ScreeningResult form, BindingResult errors, Model model) {
		return this.forms.submit(errors, () -> this.screenings.record(user, id, clientId, form), "screening.recorded",
				"/screening/" + id + "?status=TO_DO",
				() -> outcomeForm(user, id, this.screenings.item(user, id, clientId), model));
	}

	@PostMapping("/{id}/close")
	@PreAuthorize("@screeningPolicy.mayRun(principal)")
	String close(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		return this.forms.act(() -> this.screenings.close(user, id), "screening.closedNow", "/screening/" + id,
				() -> campaignPage(user, id, null, null, model));
	}

	private String campaignPage(CurrentUser user, UUID id, ItemStatus status, String next, Model model) {
		model.addAttribute("campaign", this.screenings.campaign(user, id));
		model.addAttribute("status", status);
		boolean examiner = this.policy.mayExamine(user);
		model.addAttribute("examiner", examiner);
		model.addAttribute("wholeCampaign", this.policy.seesWholeCampaign(user));
		model.addAttribute("mayClose", this.policy.mayRun(user));
		if (examiner) {
			model.addAttribute("page", this.screenings.items(user, id, status, next, PAGE));
		}
		return "screening/campaign";
	}

	private String outcomeForm(CurrentUser user, UUID id, ScreeningItem item, Model model) {
		model.addAttribute("campaign", this.screenings.campaign(user, id));
		model.addAttribute("item", item);
		model.addAttribute("outcomes", ScreeningOutcome.values());
		model.addAttribute("routes", Route.values());
		return "screening/outcome";
	}

}

package nl.koers.coordination;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.koers.coordination.api.AdviceAnswer;
import nl.koers.coordination.api.AdviceQuestion;
import nl.koers.coordination.api.AdviceStatus;
import nl.koers.coordination.api.SignalFollowUp;
import nl.koers.coordination.api.SignalStatus;
import nl.koers.identity.api.CurrentUser;
import nl.koers.referral.api.ReferralFigures;
import nl.koers.socialmap.api.SocialMap;
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
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The coordination point's pages: the coordinator's home with the open work, the requests
 * a user follows with the form to ask, one request with its answer, and one signal with
 * its follow-ups.
 */
@Controller
@RequestMapping("/coordination")
class CoordinationController {

	private static final int PAGE = 50;

	private static final String ANY_ASKER = "@coordinationPolicy.mayAsk(principal)";

	private static final String COORDINATOR = "@coordinationPolicy.mayCoordinate(principal)";

	private final AdviceRequestService requests;

	private final SignalService signals;

	private final CoordinationPolicy policy;

	private final FormFlow forms;

	private final SocialMap socialMap;

	private final ReferralFigures referrals;

	private final Clock clock;

	CoordinationController(AdviceRequestService requests, SignalService signals, CoordinationPolicy policy,
			FormFlow forms, SocialMap socialMap, ReferralFigures referrals, Clock clock) {
		this.requests = requests;
		this.signals = signals;
		this.policy = policy;
		this.forms = forms;
		this.socialMap = socialMap;
		this.referrals = referrals;
		this.clock = clock;
	}

	@GetMapping
	@PreAuthorize(COORDINATOR)
	String home(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("requests", this.requests.requests(user, AdviceStatus.OPEN, null, PAGE));
		model.addAttribute("signals", this.signals.signals(user, true, null, PAGE));
		model.addAttribute("stale", this.socialMap.organisations(user, null, true, null, PAGE));
		model.addAttribute("referrals", this.referrals.perOrganisation(user));
		return "coordination/home";
	}

	@GetMapping("/requests")
	@PreAuthorize(ANY_ASKER)
	String requests(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("question", new AdviceQuestion(null, null));
		return requestsPage(user, model);
	}

	@PostMapping("/requests")
	@PreAuthorize(ANY_ASKER)
	String ask(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("question") AdviceQuestion question,
			BindingResult errors, Model model) {
		AdviceQuestion general = new AdviceQuestion(question.question(), null);
		return this.forms.submit(errors, () -> this.requests.ask(user, general), "coordination.flash.asked",
				"/coordination/requests", () -> requestsPage(user, model));
	}

	@GetMapping("/requests/{id}")
	@PreAuthorize(ANY_ASKER)
	String request(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		model.addAttribute("answer", new AdviceAnswer(null));
		return requestPage(user, id, model);
	}

	@PostMapping("/requests/{id}/answer")
	@PreAuthorize(COORDINATOR)
	String answer(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("answer") AdviceAnswer answer, BindingResult errors, Model model) {
		return this.forms.submit(errors, () -> this.requests.answer(user, id, answer), "coordination.flash.answered",
				"/coordination", () -> requestPage(user, id, model));
	}

	@PostMapping("/requests/{id}/close")
	@PreAuthorize(ANY_ASKER)
	String close(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		return this.forms.act(() -> this.requests.close(user, id), "coordination.flash.closed",
				"/coordination/requests/" + id, () -> {
					model.addAttribute("answer", new AdviceAnswer(null));
					return requestPage(user, id, model);
				});
	}

	@GetMapping("/signals/{id}")
	@PreAuthorize("@coordinationPolicy.mayAct(principal)")
	String signal(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		model.addAttribute("followUp", new SignalFollowUp(SignalStatus.IN_PROGRESS, LocalDate.now(this.clock), null));
		return signalPage(user, id, model);
	}

	@PostMapping("/signals/{id}/follow-ups")
	@PreAuthorize(COORDINATOR)
	String followUp(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("followUp") SignalFollowUp followUp, BindingResult errors, Model model) {
		return this.forms.submit(errors, () -> this.signals.followUp(user, id, followUp),
				"coordination.flash.followedUp", "/coordination/signals/" + id, () -> signalPage(user, id, model));
	}

	private String requestsPage(CurrentUser user, Model model) {
		model.addAttribute("requests", this.requests.requests(user, null, null, PAGE));
		return "coordination/requests";
	}

	private String requestPage(CurrentUser user, UUID id, Model model) {
		model.addAttribute("request", this.requests.request(user, id));
		model.addAttribute("mayAnswer", this.policy.mayCoordinate(user));
		model.addAttribute("mayClose", this.requests.askedBy(user, id));
		return "coordination/request";
	}

	private String signalPage(CurrentUser user, UUID id, Model model) {
		model.addAttribute("signal", this.signals.signal(user, id));
		model.addAttribute("mayFollowUp", this.policy.mayCoordinate(user));
		model.addAttribute("followUpStatuses", new SignalStatus[] { SignalStatus.IN_PROGRESS, SignalStatus.CLOSED });
		return "coordination/signal";
	}

}

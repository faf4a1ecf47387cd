package nl.koers.coordination;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.koers.coordination.api.AdviceQuestion;
import nl.koers.coordination.api.NewSignal;
import nl.koers.coordination.api.SignalKind;
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
 * A client's signals and advice requests (also the client file section), with the forms
 * to raise a signal and to ask the coordination point about this client.
 */
@Controller
@RequestMapping("/clients/{clientId}/coordination")
@PreAuthorize("@coordinationPolicy.mayAct(principal)")
class ClientCoordinationController {

	private static final String PAGE = "coordination/client";

	private final ClientCoordinationService coordination;

	private final SignalService signals;

	private final AdviceRequestService requests;

	private final FormFlow forms;

	private final Clock clock;

	ClientCoordinationController(ClientCoordinationService coordination, SignalService signals,
			AdviceRequestService requests, FormFlow forms, Clock clock) {
		this.coordination = coordination;
		this.signals = signals;
		this.requests = requests;
		this.forms = forms;
		this.clock = clock;
	}

	@GetMapping
	String overview(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		page(user, clientId, emptySignal(), new AdviceQuestion(null, clientId), model);
		return htmx != null ? PAGE + " :: content" : PAGE;
	}

	@PostMapping("/signals")
	String raise(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@Valid @ModelAttribute("signal") NewSignal signal, BindingResult errors, Model model) {
		return this.forms.submit(errors, () -> this.signals.raise(user, clientId, signal), "coordination.flash.raised",
				overview(clientId), () -> page(user, clientId, signal, new AdviceQuestion(null, clientId), model));
	}

	@PostMapping("/advice-requests")
	String ask(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@Valid @ModelAttribute("question") AdviceQuestion question, BindingResult errors, Model model) {
		AdviceQuestion about = new AdviceQuestion(question.question(), clientId);
		return this.forms.submit(errors, () -> this.requests.ask(user, about), "coordination.flash.asked",
				overview(clientId), () -> page(user, clientId, emptySignal(), question, model));
	}

	private String page(CurrentUser user, UUID clientId, NewSignal signal, AdviceQuestion question, Model model) {
		model.addAttribute("overview", this.coordination.overview(user, clientId));
		model.addAttribute("signal", signal);
		model.addAttribute("question", question);
		model.addAttribute("kinds", SignalKind.values());
		return PAGE;
	}

	private NewSignal emptySignal() {
		return new NewSignal(null, null, LocalDate.now(this.clock));
	}

	private static String overview(UUID clientId) {
		return "/clients/" + clientId + "/coordination";
	}

}

package nl.koers.coordination;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.koers.identity.api.CurrentUser;

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
 * A client's signals and advice requests (also the client file section), with the forms
 * to raise a signal and to ask the coordination point about this client.
 */
@Controller
@RequestMapping("/clients/{clientId}/coordination")
@PreAuthorize("hasAnyRole('CONSULTANT', 'COORDINATOR')")
class ClientCoordinationController {

	private static final String PAGE = "coordination/client";

	private final ClientCoordination coordination;

	private final Signals signals;

	private final AdviceRequests requests;

	private final Clock clock;

	ClientCoordinationController(ClientCoordination coordination, Signals signals, AdviceRequests requests,
			Clock clock) {
		this.coordination = coordination;
		this.signals = signals;
		this.requests = requests;
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
			@Valid @ModelAttribute("signal") SignalForm signal, BindingResult errors, HttpServletResponse response,
			RedirectAttributes redirect, Model model) {
		return FormFlow.submit(errors, response, redirect, () -> this.signals.raise(user, clientId, signal),
				"coordination.flash.raised", overview(clientId),
				() -> page(user, clientId, signal, new AdviceQuestion(null, clientId), model));
	}

	@PostMapping("/advice-requests")
	String ask(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@Valid @ModelAttribute("question") AdviceQuestion question, BindingResult errors,
			HttpServletResponse response, RedirectAttributes redirect, Model model) {
		AdviceQuestion about = new AdviceQuestion(question.question(), clientId);
		return FormFlow.submit(errors, response, redirect, () -> this.requests.ask(user, about),
				"coordination.flash.asked", overview(clientId),
				() -> page(user, clientId, emptySignal(), question, model));
	}

	private String page(CurrentUser user, UUID clientId, SignalForm signal, AdviceQuestion question, Model model) {
		model.addAttribute("overview", this.coordination.overview(user, clientId));
		model.addAttribute("signal", signal);
		model.addAttribute("question", question);
		model.addAttribute("kinds", SignalKind.values());
		return PAGE;
	}

	private SignalForm emptySignal() {
		return new SignalForm(null, null, LocalDate.now(this.clock));
	}

	private static String overview(UUID clientId) {
		return "/clients/" + clientId + "/coordination";
	}

}

package nl.koers.conversation;

import java.util.UUID;

import nl.koers.identity.api.CurrentUser;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A consultant's week of appointments; coordinators choose whose.
 */
@Controller
@RequestMapping("/agenda")
@PreAuthorize("@conversationPolicy.mayKeepAgenda(principal)")
class AgendaController {

	private final AgendaService agendas;

	AgendaController(AgendaService agendas) {
		this.agendas = agendas;
	}

	@GetMapping
	String agenda(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String week,
			@RequestParam(required = false) UUID consultantId, Model model) {
		model.addAttribute("agenda", this.agendas.agenda(user, week, consultantId));
		model.addAttribute("consultants", this.agendas.consultants(user));
		return "conversation/agenda";
	}

}

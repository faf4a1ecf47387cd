package nl.koers.conversation;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.koers.identity.api.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/agenda")
@Tag(name = "Agenda", description = "A consultant's appointments by ISO week")
class AgendaApiController {

	private final AgendaService agendas;

	AgendaApiController(AgendaService agendas) {
		this.agendas = agendas;
	}

	@GetMapping
	@Operation(summary = "The appointments of one ISO week (week=2026-W48, this week by default), Monday to "
			+ "Sunday: the caller's own, or for a coordinator any consultant's of the municipality (consultantId)")
	Agenda agenda(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String week,
			@RequestParam(required = false) UUID consultantId) {
		return this.agendas.agenda(user, week, consultantId);
	}

}

package nl.koers.client;

import java.util.UUID;

import nl.koers.identity.api.CurrentUser;
import nl.koers.system.PageLimit;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The change history of the client's details, case lead and household (also a section of
 * the client file).
 */
@Controller
@PreAuthorize("@clientPolicy.mayReadMunicipality(principal)")
class ClientChangeController {

	private final ClientChangeService changes;

	ClientChangeController(ClientChangeService changes) {
		this.changes = changes;
	}

	@GetMapping("/clients/{clientId}/changes")
	String changes(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@RequestParam(required = false) String next,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("page", this.changes.changes(user, clientId, next, PageLimit.of(null)));
		return htmx != null ? "client/changes :: content" : "client/changes";
	}

}

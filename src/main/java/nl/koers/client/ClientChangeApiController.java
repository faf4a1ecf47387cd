package nl.koers.client;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.koers.client.api.ClientChange;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.CursorPage;
import nl.koers.system.PageLimit;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Clients", description = "Register, read, change and find clients")
class ClientChangeApiController {

	private final ClientChangeService changes;

	ClientChangeApiController(ClientChangeService changes) {
		this.changes = changes;
	}

	@GetMapping("/clients/{id}/changes")
	@PreAuthorize("@clientPolicy.mayReadMunicipality(principal)")
	@Operation(summary = "The change history of the client's details, case lead and household members, newest "
			+ "first: the field, the old and the new value, who (or which import) and when")
	CursorPage<ClientChange> changes(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) String next) {
		return this.changes.changes(user, id, next, PageLimit.of(limit)).changes();
	}

}

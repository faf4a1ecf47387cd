package nl.koers.client;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import nl.koers.client.api.ClientDetails;
import nl.koers.client.api.ClientView;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.CursorPage;
import nl.koers.system.PageLimit;

import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/clients")
@Tag(name = "Clients", description = "Register, read, change and find clients")
class ClientApiController {

	private final ClientService clients;

	ClientApiController(ClientService clients) {
		this.clients = clients;
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	@Operation(summary = "Register a client")
	ResponseEntity<ClientView> register(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody ClientDetails details) {
		ClientView client = this.clients.register(user, details);
		return ResponseEntity.created(URI.create("/api/v1/clients/" + client.id())).body(client);
	}

	@GetMapping
	@Operation(summary = "The caller's caseload, or for coordinators the municipality's clients")
	CursorPage<ClientSummary> caseload(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) String next) {
		return this.clients.caseload(user, next, PageLimit.of(limit));
	}

	@GetMapping("/{id}")
	@Operation(summary = "A client's file")
	ClientView get(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return this.clients.get(user, id);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a client's details; send the version you read, a stale version gets 409")
	ClientView update(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody ClientDetails details) {
		return this.clients.update(user, id, details);
	}

	@PostMapping("/search")
	@Operation(summary = "Find clients by name or by BSN (in the body, never in the URL)")
	CursorPage<ClientSummary> search(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody ClientSearch search,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) String next) {
		return this.clients.search(user, search, next, PageLimit.of(limit));
	}

	@PutMapping("/{id}/case-lead")
	@Operation(summary = "Assign the client's fixed consultant (case lead)")
	ClientView assignCaseLead(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody CaseLeadAssignment assignment) {
		return this.clients.assignCaseLead(user, id, assignment.caseLeadId(), assignment.version());
	}

	record CaseLeadAssignment(@NotNull UUID caseLeadId, Long version) {
	}

}

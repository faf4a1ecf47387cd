package nl.koers.coordination;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.koers.coordination.api.AdviceAnswer;
import nl.koers.coordination.api.AdviceQuestion;
import nl.koers.coordination.api.AdviceRequest;
import nl.koers.coordination.api.AdviceStatus;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.CursorPage;
import nl.koers.system.PageLimit;

import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
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
@RequestMapping("/api/v1/advice-requests")
@PreAuthorize("@coordinationPolicy.mayAsk(principal)")
@Tag(name = "Advice requests", description = "Questions to the care coordination point and their answers")
class AdviceApiController {

	private final AdviceRequestService requests;

	AdviceApiController(AdviceRequestService requests) {
		this.requests = requests;
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	@Operation(summary = "Ask the coordination point a question, about a client or (institutions: only) in general")
	ResponseEntity<AdviceRequest> ask(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody AdviceQuestion question) {
		AdviceRequest asked = this.requests.ask(user, question);
		return ResponseEntity.created(URI.create("/api/v1/advice-requests/" + asked.id())).body(asked);
	}

	@GetMapping
	@Operation(summary = "The requests the caller follows, newest first: a coordinator all of the municipality, "
			+ "a consultant their own, an institution worker their organisation's")
	CursorPage<AdviceRequest> requests(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) AdviceStatus status, @RequestParam(required = false) Integer limit,
			@RequestParam(required = false) String next) {
		return this.requests.requests(user, status, next, PageLimit.of(limit));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One request with its answer")
	AdviceRequest request(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return this.requests.request(user, id);
	}

	@PostMapping("/{id}/closure")
	@Operation(summary = "Close a request that needs nothing more (only the one who asked)")
	AdviceRequest close(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return this.requests.close(user, id);
	}

	@PutMapping("/{id}/answer")
	@PreAuthorize("@coordinationPolicy.mayCoordinate(principal)")
	@Operation(summary = "Answer an open request (the coordination point)")
	AdviceRequest answer(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody AdviceAnswer answer) {
		return this.requests.answer(user, id, answer);
	}

}

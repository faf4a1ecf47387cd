package nl.koers.coordination;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.koers.coordination.api.NewSignal;
import nl.koers.coordination.api.Signal;
import nl.koers.coordination.api.SignalFollowUp;
import nl.koers.coordination.api.Signals;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@PreAuthorize("@coordinationPolicy.mayAct(principal)")
@Tag(name = "Signals", description = "Signals of possible psychiatric or addiction problems and their follow-up")
class SignalApiController {

	private final SignalService signals;

	SignalApiController(SignalService signals) {
		this.signals = signals;
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/clients/{id}/signals")
	@Operation(summary = "Raise a signal about any client of the municipality")
	ResponseEntity<Signal> raise(@AuthenticationPrincipal CurrentUser user, @PathVariable("id") UUID clientId,
			@Valid @RequestBody NewSignal signal) {
		Signal raised = this.signals.raise(user, clientId, signal);
		return ResponseEntity.created(URI.create("/api/v1/signals/" + raised.id())).body(raised);
	}

	@GetMapping("/signals")
	@Operation(summary = "The signals the caller follows, newest first: a coordinator all of the municipality, "
			+ "a consultant the ones they raised; open=true leaves out closed signals")
	CursorPage<Signal> signals(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(defaultValue = "false") boolean open, @RequestParam(required = false) Integer limit,
			@RequestParam(required = false) String next) {
		return this.signals.signals(user, open, next, PageLimit.of(limit));
	}

	@GetMapping("/signals/{id}")
	@Operation(summary = "One signal with its follow-ups")
	Signal signal(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return this.signals.signal(user, id);
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/signals/{id}/follow-ups")
	@PreAuthorize("@coordinationPolicy.mayCoordinate(principal)")
	@Operation(summary = "Record a follow-up and move the signal to IN_PROGRESS or CLOSED (the coordination point)")
	ResponseEntity<Signal> followUp(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody SignalFollowUp followUp) {
		Signal signal = this.signals.followUp(user, id, followUp);
		return ResponseEntity.created(URI.create("/api/v1/signals/" + id)).body(signal);
	}

}

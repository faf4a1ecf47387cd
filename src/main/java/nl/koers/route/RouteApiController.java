package nl.koers.route;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.koers.identity.api.CurrentUser;
import nl.koers.route.api.Handover;
import nl.koers.route.api.HistoryEntry;
import nl.koers.route.api.ProfileDecision;
import nl.koers.route.api.Review;
import nl.koers.route.api.RouteChange;

import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/clients/{id}")
@Tag(name = "Profile and route", description = "Profile decisions, KP4 routes, reviews and handovers, with history")
class RouteApiController {

	private final RouteService routes;

	RouteApiController(RouteService routes) {
		this.routes = routes;
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/profile-decisions")
	@Operation(summary = "Decide the client profile; KP4 puts the client on the route INVESTIGATION from that date")
	ResponseEntity<HistoryEntry> decideProfile(@AuthenticationPrincipal CurrentUser user,
			@PathVariable("id") UUID clientId, @Valid @RequestBody ProfileDecision form) {
		return created(clientId, this.routes.decideProfile(user, clientId, form));
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/route-changes")
	@Operation(summary = "Change the route; REST needs reviewDate, the end of the rest period")
	ResponseEntity<HistoryEntry> changeRoute(@AuthenticationPrincipal CurrentUser user,
			@PathVariable("id") UUID clientId, @Valid @RequestBody RouteChange form) {
		return created(clientId, this.routes.changeRoute(user, clientId, form));
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/handover")
	@Operation(summary = "Hand a client on the route TOWARDS_KP3 over to the partner organisation")
	ResponseEntity<HistoryEntry> handOver(@AuthenticationPrincipal CurrentUser user, @PathVariable("id") UUID clientId,
			@Valid @RequestBody Handover form) {
		return created(clientId, this.routes.handOver(user, clientId, form));
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/reviews")
	@Operation(summary = "Record a review: extend the rest period, keep care support or change the route")
	ResponseEntity<HistoryEntry> review(@AuthenticationPrincipal CurrentUser user, @PathVariable("id") UUID clientId,
			@Valid @RequestBody Review form) {
		return created(clientId, this.routes.review(user, clientId, form));
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/history/{eventId}/withdrawal")
	@Operation(summary = "Withdraw an event recorded in error; it stays in the history as withdrawn")
	ResponseEntity<HistoryEntry> withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable("id") UUID clientId,
			@PathVariable UUID eventId, @Valid @RequestBody RouteWithdrawalForm form) {
		return created(clientId, this.routes.withdraw(user, clientId, eventId, form));
	}

	@GetMapping("/history")
	@Operation(summary = "Profile decisions, route periods, reviews and handovers in date order; "
			+ "with knownAt, the history as it was known at that instant")
	ClientHistory history(@AuthenticationPrincipal CurrentUser user, @PathVariable("id") UUID clientId,
			@RequestParam(required = false) Instant knownAt) {
		return this.routes.history(user, clientId, knownAt);
	}

	private static ResponseEntity<HistoryEntry> created(UUID clientId, HistoryEntry entry) {
		return ResponseEntity.created(URI.create("/api/v1/clients/" + clientId + "/history")).body(entry);
	}

}

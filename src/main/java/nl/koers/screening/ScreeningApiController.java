package nl.koers.screening;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.koers.identity.api.CurrentUser;
import nl.koers.screening.api.CampaignView;
import nl.koers.screening.api.ItemStatus;
import nl.koers.screening.api.NewCampaign;
import nl.koers.screening.api.ScreeningItem;
import nl.koers.screening.api.ScreeningResult;
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
@RequestMapping("/api/v1/screening-campaigns")
@Tag(name = "Screening campaigns", description = "Examining a selection of KP4 clients for a change of route")
class ScreeningApiController {

	private static final String FOLLOWERS = "@screeningPolicy.mayFollow(principal)";

	private static final String EXAMINERS = "@screeningPolicy.mayExamine(principal)";

	private static final String RUNNERS = "@screeningPolicy.mayRun(principal)";

	private final ScreeningService screenings;

	ScreeningApiController(ScreeningService screenings) {
		this.screenings = screenings;
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	@PreAuthorize(RUNNERS)
	@Operation(summary = "Start a campaign over the clients who were KP4 on the selection date")
	ResponseEntity<CampaignView> start(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody NewCampaign campaign) {
		CampaignView started = this.screenings.start(user, campaign);
		return ResponseEntity.created(URI.create("/api/v1/screening-campaigns/" + started.id())).body(started);
	}

	@GetMapping
	@PreAuthorize(FOLLOWERS)
	@Operation(summary = "The municipality's campaigns with their progress, newest first")
	CursorPage<CampaignView> campaigns(@AuthenticationPrincipal CurrentUser user) {
		return new CursorPage<>(this.screenings.campaigns(user), null);
	}

	@GetMapping("/{id}")
	@PreAuthorize(FOLLOWERS)
	@Operation(summary = "One campaign: selected, examined, still to do, and the outcomes")
	CampaignView campaign(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return this.screenings.campaign(user, id);
	}

	@GetMapping("/{id}/clients")
	@PreAuthorize(EXAMINERS)
	@Operation(summary = "The selected clients with their outcomes: all for a coordinator, "
			+ "the own caseload for a consultant")
	CursorPage<ScreeningItem> items(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) ItemStatus status, @RequestParam(required = false) Integer limit,
			@RequestParam(required = false) String next) {
		return this.screenings.items(user, id, status, next, PageLimit.of(limit));
	}

	@PutMapping("/{id}/clients/{clientId}/outcome")
	@PreAuthorize(EXAMINERS)
	@Operation(summary = "Record the outcome for a selected client (the case lead or a coordinator)")
	ScreeningItem record(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID clientId,
			@Valid @RequestBody ScreeningResult outcome) {
		return this.screenings.record(user, id, clientId, outcome);
	}

	@PostMapping("/{id}/closure")
	@PreAuthorize(RUNNERS)
	@Operation(summary = "Close the campaign; outcomes can no longer be recorded")
	CampaignView close(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return this.screenings.close(user, id);
	}

}

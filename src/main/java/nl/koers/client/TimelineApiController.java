package nl.koers.client;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.koers.client.api.TimelineEntry;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.CursorPage;
import nl.koers.system.PageLimit;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Clients")
class TimelineApiController {

	private final TimelineService timelines;

	TimelineApiController(TimelineService timelines) {
		this.timelines = timelines;
	}

	@GetMapping("/api/v1/clients/{id}/timeline")
	@PreAuthorize("@clientPolicy.mayOpen(principal)")
	@Operation(summary = "Everything that happened to the client, newest first; "
			+ "kind (repeatable) keeps only those kinds")
	CursorPage<TimelineEntry> timeline(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(name = "kind", required = false) List<String> kinds,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) String next) {
		return this.timelines.timeline(user, id, kinds, next, PageLimit.of(limit));
	}

}

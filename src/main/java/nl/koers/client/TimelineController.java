package nl.koers.client;

import java.util.List;
import java.util.UUID;

import nl.koers.identity.api.CurrentUser;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The client's timeline, filterable by kind; also the first section of the client file.
 */
@Controller
@PreAuthorize("@clientPolicy.mayOpen(principal)")
class TimelineController {

	private final TimelineService timelines;

	TimelineController(TimelineService timelines) {
		this.timelines = timelines;
	}

	@GetMapping("/clients/{id}/timeline")
	String timeline(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(name = "kind", required = false) List<String> kinds,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("timeline", this.timelines.timeline(user, id, kinds));
		return htmx != null ? "client/timeline :: content" : "client/timeline";
	}

}

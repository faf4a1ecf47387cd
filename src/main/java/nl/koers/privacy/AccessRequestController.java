package nl.koers.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import nl.koers.identity.api.CurrentUser;
import nl.koers.system.DutchTime;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The coordinator's page for a client's access request (AVG article 15): what it holds,
 * and the download as PDF or JSON. The file name holds the date only, never the client's
 * name.
 */
@Controller
@RequestMapping("/clients/{clientId}/access-request")
@PreAuthorize("@accessRequestPolicy.mayExport(principal)")
class AccessRequestController {

	private final AccessRequestService requests;

	private final Clock clock;

	AccessRequestController(AccessRequestService requests, Clock clock) {
		this.requests = requests;
		this.clock = clock;
	}

	@GetMapping
	String page(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId, Model model) {
		model.addAttribute("clientId", clientId);
		model.addAttribute("clientName", this.requests.clientName(user, clientId));
		return "privacy/access-request";
	}

	@GetMapping("/pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId) {
		byte[] pdf = this.requests.pdf(user, clientId);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment("pdf"))
			.body(pdf);
	}

	@GetMapping("/json")
	ResponseEntity<Map<String, Object>> json(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			Locale locale) {
		Map<String, Object> json = this.requests.json(user, clientId, locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment("json"))
			.body(json);
	}

	private String attachment(String extension) {
		LocalDate today = LocalDate.now(this.clock.withZone(DutchTime.ZONE));
		return ContentDisposition.attachment().filename("inzageverzoek-" + today + "." + extension).build().toString();
	}

}

package nl.koers.obligation;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.koers.identity.api.CurrentUser;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Obligations",
		description = "Exemption from the job-application duty, and measures on the two allowed grounds")
class DecisionLetterApiController {

	private final DecisionLetterService letters;

	DecisionLetterApiController(DecisionLetterService letters) {
		this.letters = letters;
	}

	@GetMapping(path = "/measures/{id}/decision-letter", produces = MediaType.APPLICATION_PDF_VALUE)
	@PreAuthorize("@obligationPolicy.mayWorkWithObligations(principal)")
	@Operation(summary = "The decision letter (beschikking) sent for the measure, as PDF; 404 until it is sent")
	ResponseEntity<byte[]> measureLetter(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return pdf(this.letters.pdf(user, "MEASURE", id));
	}

	@GetMapping(path = "/exemptions/{id}/decision-letter", produces = MediaType.APPLICATION_PDF_VALUE)
	@PreAuthorize("@obligationPolicy.mayWorkWithObligations(principal)")
	@Operation(summary = "The decision letter (beschikking) sent for the exemption, as PDF; 404 until it is sent")
	ResponseEntity<byte[]> exemptionLetter(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return pdf(this.letters.pdf(user, "EXEMPTION", id));
	}

	private static ResponseEntity<byte[]> pdf(byte[] content) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.cacheControl(CacheControl.noStore())
			.body(content);
	}

}

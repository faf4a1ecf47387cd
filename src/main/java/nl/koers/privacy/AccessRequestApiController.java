package nl.koers.privacy;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.koers.identity.api.CurrentUser;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Privacy", description = "The client's rights under the AVG: the access request (article 15)")
class AccessRequestApiController {

	private final AccessRequestService requests;

	AccessRequestApiController(AccessRequestService requests) {
		this.requests = requests;
	}

	@GetMapping(path = "/clients/{id}/access-request",
			produces = { MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PDF_VALUE })
	@PreAuthorize("@accessRequestPolicy.mayExport(principal)")
	@Operation(
			summary = "Everything Koers holds about the client, for their access request (AVG article 15); "
					+ "coordinators only; the export is recorded in the access log",
			description = "JSON by default: the client, then one section per table that holds data about "
					+ "clients (`table`, `title` in the caller's language, `kind` of record, `rows` with the "
					+ "columns in camelCase, dates `YYYY-MM-DD`, instants in ISO-8601), followed by the sections "
					+ "on sharing: consents with the data-sharing agreements they fall under "
					+ "(`sharing_consent`), referrals with the categories sent (`sharing_referral`) and reads by "
					+ "organisations' workers (`sharing_institution_read`). The access log is the section "
					+ "`access_log_entry` (who read or changed the file, when, their role and organisation, the "
					+ "screen or operation and its purpose). Documents are listed with a `link` to "
					+ "`GET /documents/{id}`; their content is not in the export. With `Accept: application/pdf` "
					+ "the same content as a readable PDF in Dutch.",
			responses = @ApiResponse(responseCode = "200", description = "The export",
					content = {
							@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
									schema = @Schema(type = "object", description = "The export as JSON")),
							@Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
									schema = @Schema(type = "string", format = "binary")) }))
	ResponseEntity<?> accessRequest(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, Locale locale) {
		if (wantsPdf(accept)) {
			return ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_PDF)
				.cacheControl(CacheControl.noStore())
				.body(this.requests.pdf(user, id));
		}
		Map<String, Object> json = this.requests.json(user, id, locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.cacheControl(CacheControl.noStore())
			.body(json);
	}

	/**
	 * Whether the caller prefers PDF to JSON: the first of the two in the order of the
	 * {@code Accept} header's quality; JSON when the header names neither or is absent.
	 */
	static boolean wantsPdf(String accept) {
		if (accept == null || accept.isBlank()) {
			return false;
		}
		List<MediaType> types;
		try {
			types = MediaType.parseMediaTypes(accept);
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
		for (MediaType type : types.stream()
			.sorted(Comparator.comparingDouble(MediaType::getQualityValue).reversed())
			.toList()) {
			if (type.isWildcardType() || type.isWildcardSubtype()) {
				continue;
			}
			if (MediaType.APPLICATION_PDF.isCompatibleWith(type)) {
				return true;
			}
			if (MediaType.APPLICATION_JSON.isCompatibleWith(type)) {
				return false;
			}
		}
		return false;
	}

}

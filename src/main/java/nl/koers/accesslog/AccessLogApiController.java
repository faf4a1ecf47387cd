package nl.koers.accesslog;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.koers.accesslog.api.AccessReason;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.CursorPage;
import nl.koers.system.PageLimit;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/access-log")
@Tag(name = "Access log", description = "For auditors: who accessed which client's data")
class AccessLogApiController {

	private final AccessLogService log;

	AccessLogApiController(AccessLogService log) {
		this.log = log;
	}

	@GetMapping
	@Operation(summary = "Access log entries of the caller's municipality, newest first",
			description = "Each entry names the operation that served the request (operation: the handler, such as "
					+ "ClientApiController.get) and, for a client outside the user's caseload opened in the UI, the "
					+ "reason of access given (reasonCode, reasonText)")
	CursorPage<AccessLogEntry> find(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) UUID clientId, @RequestParam(required = false) UUID userId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
			@Parameter(
					description = "Only entries with this reason of access (a client outside the user's caseload)") @RequestParam(
							required = false) AccessReason reason,
			@Parameter(
					description = "Only entries with a reason of access: the accesses outside the user's caseload") @RequestParam(
							required = false) boolean withReason,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) String next) {
		return this.log.find(user, new AccessLogFilter(clientId, userId, from, until, null, reason, withReason), next,
				PageLimit.of(limit));
	}

	@GetMapping("/clients/{clientId}/overview")
	@Operation(summary = "Who accessed a client's data, per user and day (for a client's access request)")
	List<AccessSummary> overview(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId) {
		return this.log.overview(user, clientId);
	}

}

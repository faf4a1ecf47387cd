package nl.koers.accesslog;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.UserDirectory;
import nl.koers.system.CursorPage;
import nl.koers.system.PageLimit;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The auditor's pages: the access log filtered by client, user and period, and the
 * per-client overview for a client's access request.
 */
@Controller
@RequestMapping("/access-log")
@PreAuthorize("hasRole('AUDITOR')")
class AccessLogController {

	private final AccessLogQueries queries;

	private final UserDirectory users;

	AccessLogController(AccessLogQueries queries, UserDirectory users) {
		this.queries = queries;
		this.users = users;
	}

	@GetMapping
	String log(@AuthenticationPrincipal CurrentUser auditor, @RequestParam(required = false) UUID clientId,
			@RequestParam(required = false) UUID userId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
			@RequestParam(required = false) String next, Model model) {
		AccessLogFilter filter = new AccessLogFilter(clientId, userId, from, until);
		CursorPage<AccessLogEntry> page = this.queries.find(auditor, filter, next, PageLimit.DEFAULT);
		model.addAttribute("filter", filter);
		model.addAttribute("page", page);
		model.addAttribute("users", this.users.users(auditor.municipalityId()));
		model.addAttribute("clientNames", this.queries.clientNames(auditor,
				page.items().stream().map(AccessLogEntry::clientId).distinct().toList()));
		return "accesslog/log";
	}

	@PostMapping("/find-client")
	String findClient(@AuthenticationPrincipal CurrentUser auditor, @RequestParam String bsn,
			RedirectAttributes redirect) {
		return this.queries.findClientByBsn(auditor, bsn.strip())
			.map(id -> "redirect:/access-log/clients/" + id)
			.orElseGet(() -> {
				redirect.addFlashAttribute("notFound", true);
				return "redirect:/access-log";
			});
	}

	@GetMapping("/clients/{clientId}")
	String clientOverview(@AuthenticationPrincipal CurrentUser auditor, @PathVariable UUID clientId, Model model) {
		model.addAttribute("clientId", clientId);
		model.addAttribute("clientName", this.queries.clientNames(auditor, List.of(clientId)).get(clientId));
		model.addAttribute("overview", this.queries.overview(auditor, clientId));
		return "accesslog/client";
	}

}

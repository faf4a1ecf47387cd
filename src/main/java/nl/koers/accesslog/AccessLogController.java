package nl.koers.accesslog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.koers.accesslog.api.AccessAction;
import nl.koers.accesslog.api.AccessReason;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.UserDirectory;
import nl.koers.system.CursorPage;
import nl.koers.system.PageLimit;
import nl.koers.system.web.FormFlow;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The auditor's pages: the access log filtered by client, user and period, and the
 * per-client overview for a client's access request.
 */
@Controller
@RequestMapping("/access-log")
@PreAuthorize("@accesslogPolicy.mayAudit(principal)")
class AccessLogController {

	private final AccessLogService log;

	private final UserDirectory users;

	/**
	 * A page stops adding accesses once it has read this many entries (a list of 500
	 * clients is one access).
	 */
	private static final int ENTRIES_PER_PAGE = 1000;

	private final FormFlow forms;

	private final ScreenNames screens;

	AccessLogController(AccessLogService log, UserDirectory users, FormFlow forms, ScreenNames screens) {
		this.screens = screens;
		this.log = log;
		this.users = users;
		this.forms = forms;
	}

	/**
	 * The log as lines of one access each (a list with every client it showed behind a
	 * disclosure), named by screen, filtered by client, user, period and action.
	 */
	@GetMapping
	String log(@AuthenticationPrincipal CurrentUser auditor, @RequestParam(required = false) UUID clientId,
			@RequestParam(required = false) UUID userId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
			@RequestParam(required = false) AccessAction action, @RequestParam(required = false) AccessReason reason,
			@RequestParam(required = false) boolean withReason, @RequestParam(required = false) String next,
			Model model) {
		model.addAttribute("findClient", new FindClientForm(null));
		return logPage(auditor, new AccessLogFilter(clientId, userId, from, until, action, reason, withReason), next,
				model);
	}

	/**
	 * "Inzage buiten de eigen cliënten": every access to a client outside the user's own
	 * caseload, with the reason given, newest first, to review; the client by id only.
	 */
	@GetMapping("/reasons")
	String reasons(@AuthenticationPrincipal CurrentUser auditor,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
			@RequestParam(required = false) AccessReason reason, @RequestParam(required = false) UUID userId,
			@RequestParam(required = false) String next, Model model) {
		AccessLogFilter filter = new AccessLogFilter(null, userId, from, until, null, reason, true);
		CursorPage<AccessLogEntry> page = this.log.find(auditor, filter, next, PageLimit.DEFAULT);
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, String> screens = new HashMap<>();
		page.items()
			.forEach(entry -> screens.computeIfAbsent(entry.purpose(), purpose -> this.screens.name(purpose, locale)));
		model.addAttribute("filter", filter);
		model.addAttribute("page", page);
		model.addAttribute("screens", screens);
		model.addAttribute("reasons", AccessReason.values());
		model.addAttribute("users", this.users.users(auditor.municipalityId()));
		return "accesslog/reasons";
	}

	@PostMapping("/find-client")
	String findClient(@AuthenticationPrincipal CurrentUser auditor, @ModelAttribute("findClient") FindClientForm form,
			BindingResult errors, Model model) {
		return this.forms.submit(errors, () -> this.log.findClient(auditor, form.bsn()), "accessLog.clientFound",
				client -> "/access-log/clients/" + client,
				() -> logPage(auditor, new AccessLogFilter(null, null, null, null), null, model));
	}

	@GetMapping("/clients/{clientId}")
	String clientOverview(@AuthenticationPrincipal CurrentUser auditor, @PathVariable UUID clientId, Model model) {
		model.addAttribute("clientId", clientId);
		model.addAttribute("clientName", this.log.clientNames(auditor, List.of(clientId)).get(clientId));
		List<AccessDay> days = this.log.overviewDays(auditor, clientId);
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("overview", days);
		model.addAttribute("screens",
				days.stream()
					.flatMap(day -> day.purposes().stream())
					.distinct()
					.collect(Collectors.toMap(purpose -> purpose, purpose -> this.screens.name(purpose, locale))));
		return "accesslog/client";
	}

	private String logPage(CurrentUser auditor, AccessLogFilter filter, String next, Model model) {
		CursorPage<AccessLine> page = this.log.lines(auditor, filter, next, PageLimit.DEFAULT, ENTRIES_PER_PAGE);
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, String> screens = new HashMap<>();
		page.items()
			.forEach(line -> screens.computeIfAbsent(line.purpose(), purpose -> this.screens.name(purpose, locale)));
		List<UUID> shown = new ArrayList<>(
				page.items().stream().flatMap(line -> line.clientIds().stream()).distinct().toList());
		if (filter.clientId() != null && !shown.contains(filter.clientId())) {
			shown.add(filter.clientId());
		}
		model.addAttribute("filter", filter);
		model.addAttribute("page", page);
		model.addAttribute("screens", screens);
		model.addAttribute("actions", AccessAction.values());
		model.addAttribute("reasons", AccessReason.values());
		model.addAttribute("users", this.users.users(auditor.municipalityId()));
		model.addAttribute("clientNames", this.log.clientNames(auditor, shown));
		return "accesslog/log";
	}

}

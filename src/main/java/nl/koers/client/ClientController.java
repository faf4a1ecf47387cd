package nl.koers.client;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.koers.client.api.CaseloadRoutes;
import nl.koers.client.api.ClientDetails;
import nl.koers.client.api.HouseholdType;
import nl.koers.client.api.NonBenefitGroup;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.CursorPage;
import nl.koers.system.PageLimit;
import nl.koers.system.web.FormFlow;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The client pages: caseload, search, register, the file's summary, edit and case lead.
 * The file opens on a summary that fits one screen; each section is a tab of its own
 * address ({@code client/tabs :: header}).
 */
@Controller
@RequestMapping("/clients")
@PreAuthorize("@clientPolicy.mayOpen(principal)")
class ClientController {

	private static final String FORM = "client/form";

	private final ClientService clients;

	private final ClientPolicy policy;

	private final FormFlow forms;

	private final ClientFileService files;

	private final List<CaseloadRoutes> routes;

	private final Clock clock;

	ClientController(ClientService clients, ClientPolicy policy, FormFlow forms, ClientFileService files,
			List<CaseloadRoutes> routes, Clock clock) {
		this.routes = routes;
		this.clients = clients;
		this.clock = clock;
		this.policy = policy;
		this.forms = forms;
		this.files = files;
	}

	/**
	 * The caseload, sorted by a column ({@code sort}: name, route, review, appointment,
	 * contact) and perhaps only one route ({@code route}: a route's code, or {@code ~}
	 * for clients on none); "More" pages on in the same order.
	 */
	@GetMapping
	String caseload(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String next,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String route,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		CaseloadSort order = CaseloadSort.of(sort);
		Map<String, String> routeLabels = new LinkedHashMap<>();
		this.routes.stream()
			.flatMap(source -> source.routes().stream())
			.forEach(option -> routeLabels.put(option.code(), option.labelKey()));
		String chosenRoute = route != null && (routeLabels.containsKey(route) || CaseloadSort.NO_ROUTE.equals(route))
				? route : null;
		CursorPage<CaseloadLine> page = this.clients.caseloadLines(user, order, chosenRoute, next, PageLimit.DEFAULT);
		model.addAttribute("page", page);
		model.addAttribute("sort", order.name().toLowerCase(Locale.ROOT));
		model.addAttribute("route", chosenRoute);
		model.addAttribute("routeLabels", routeLabels);
		model.addAttribute("noRoute", CaseloadSort.NO_ROUTE);
		model.addAttribute("sorts",
				Arrays.stream(CaseloadSort.values()).map(value -> value.name().toLowerCase(Locale.ROOT)).toList());
		model.addAttribute("today", LocalDate.now(this.clock));
		model.addAttribute("now", LocalDateTime.now(this.clock));
		model.addAttribute("municipalityWide", this.policy.listsMunicipality(user));
		return htmx != null && next != null ? "client/list :: rows" : "client/list";
	}

	@GetMapping("/search")
	String searchForm(Model model) {
		model.addAttribute("search", new ClientSearch(null, null));
		return "client/search";
	}

	/**
	 * A search posts (so that no BSN appears in a URL) and shows its results on the same
	 * page: a question, not a step, so it does not redirect.
	 */
	@PostMapping("/search")
	String search(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("search") ClientSearch search,
			BindingResult errors, Model model) {
		if (!errors.hasErrors()) {
			model.addAttribute("results", this.clients.search(user, search, null, PageLimit.DEFAULT));
		}
		return "client/search";
	}

	@GetMapping("/new")
	@PreAuthorize("@clientPolicy.mayRegister(principal)")
	String registerForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		return form(user, model, new ClientDetails(null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null), null);
	}

	@PostMapping
	@PreAuthorize("@clientPolicy.mayRegister(principal)")
	String register(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("details") ClientDetails details,
			BindingResult errors, Model model) {
		return this.forms.submit(errors, () -> this.clients.register(user, details), "client.registered",
				client -> "/clients/" + client.id(), () -> form(user, model, details, null));
	}

	@GetMapping("/{id}")
	String file(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		ClientFile file = this.files.file(user, id);
		model.addAttribute("client", file.client());
		model.addAttribute("parts", file.parts());
		if (file.client().dateOfBirth() != null) {
			model.addAttribute("age",
					Period.between(file.client().dateOfBirth(), LocalDate.now(this.clock)).getYears());
		}
		boolean mayChange = file.mayChange();
		model.addAttribute("mayChange", mayChange);
		if (mayChange) {
			model.addAttribute("consultants", this.clients.consultants(user));
		}
		return "client/file";
	}

	@GetMapping("/{id}/edit")
	String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		return form(user, model, this.clients.editable(user, id), id);
	}

	@PostMapping("/{id}")
	String update(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("details") ClientDetails details, BindingResult errors, Model model) {
		return this.forms.submit(errors, () -> this.clients.update(user, id, details), "client.saved", "/clients/" + id,
				() -> form(user, model, details, id));
	}

	@PostMapping("/{id}/case-lead")
	String assignCaseLead(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam UUID caseLeadId, @RequestParam Long version, Model model) {
		return this.forms.act(() -> this.clients.assignCaseLead(user, id, caseLeadId, version), "client.caseLead.saved",
				"/clients/" + id + "#part-caselead", () -> file(user, id, model));
	}

	private String form(CurrentUser user, Model model, ClientDetails details, UUID clientId) {
		model.addAttribute("details", details);
		model.addAttribute("clientId", clientId);
		model.addAttribute("householdTypes", HouseholdType.values());
		model.addAttribute("nonBenefitGroups", NonBenefitGroup.values());
		model.addAttribute("consultants", this.clients.consultants(user));
		return FORM;
	}

}

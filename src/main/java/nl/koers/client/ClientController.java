package nl.koers.client;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.ConflictException;
import nl.koers.system.CursorPage;
import nl.koers.system.InvalidFieldException;
import nl.koers.system.PageLimit;

import org.springframework.http.HttpStatus;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The client pages: caseload, search, register, file, edit and case lead.
 */
@Controller
@RequestMapping("/clients")
@PreAuthorize("hasAnyRole('CONSULTANT', 'COORDINATOR', 'INSTITUTION_WORKER')")
class ClientController {

	private static final String FORM = "client/form";

	private final ClientService clients;

	private final List<ClientFileSection> sections;

	ClientController(ClientService clients, List<ClientFileSection> sections) {
		this.clients = clients;
		this.sections = sections.stream().sorted(Comparator.comparingInt(ClientFileSection::order)).toList();
	}

	@GetMapping
	String caseload(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String next,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		CursorPage<ClientSummary> page = this.clients.caseload(user, next, PageLimit.DEFAULT);
		model.addAttribute("page", page);
		model.addAttribute("municipalityWide", ClientAccessPolicy.listsMunicipality(user));
		return htmx != null ? "client/list :: rows" : "client/list";
	}

	@GetMapping("/search")
	String searchForm(Model model) {
		model.addAttribute("search", new ClientSearch(null, null));
		return "client/search";
	}

	@PostMapping("/search")
	String search(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("search") ClientSearch search,
			BindingResult errors, Model model) {
		if (!errors.hasErrors()) {
			model.addAttribute("results", this.clients.search(user, search, null, PageLimit.DEFAULT));
		}
		return "client/search";
	}

	@GetMapping("/new")
	String registerForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		requireRegister(user);
		return form(user, model, ClientDetails.empty(), null);
	}

	@PostMapping
	String register(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("details") ClientDetails details,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		requireRegister(user);
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(user, model, details, null);
		}
		try {
			ClientView client = this.clients.register(user, details);
			redirect.addFlashAttribute("flash", "client.registered");
			return "redirect:/clients/" + client.id();
		}
		catch (ConflictException ex) {
			errors.rejectValue("bsn", ex.messageKey());
			response.setStatus(HttpStatus.CONFLICT.value());
			return form(user, model, details, null);
		}
		catch (InvalidFieldException ex) {
			errors.rejectValue(ex.field(), ex.messageKey());
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(user, model, details, null);
		}
	}

	@GetMapping("/{id}")
	String file(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		ClientView client = this.clients.get(user, id);
		model.addAttribute("client", client);
		model.addAttribute("sections", this.sections);
		boolean mayChange = this.clients.mayChange(user, client);
		model.addAttribute("mayChange", mayChange);
		if (mayChange) {
			model.addAttribute("consultants", this.clients.consultants(user));
		}
		return "client/file";
	}

	@GetMapping("/{id}/edit")
	String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		ClientView client = this.clients.get(user, id);
		ClientAccessPolicy.requireChange(user, client.caseLead() == null ? null : client.caseLead().id());
		ClientDetails details = new ClientDetails(client.bsn(), client.givenName(), client.namePrefix(),
				client.familyName(), client.dateOfBirth(), client.benefitStartDate(), client.street(),
				client.houseNumber(), client.postalCode(), client.city(), client.phone(), client.email(),
				client.householdType(), client.children(), null, client.version());
		return form(user, model, details, id);
	}

	@PostMapping("/{id}")
	String update(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("details") ClientDetails details, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(user, model, details, id);
		}
		try {
			this.clients.update(user, id, details);
			redirect.addFlashAttribute("flash", "client.saved");
			return "redirect:/clients/" + id;
		}
		catch (ConflictException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			if ("client.bsn.taken".equals(ex.messageKey())) {
				errors.rejectValue("bsn", ex.messageKey());
				return form(user, model, details, id);
			}
			model.addAttribute("conflict", ex.messageKey());
			return form(user, model, details, id);
		}
		catch (InvalidFieldException ex) {
			errors.rejectValue(ex.field(), ex.messageKey());
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(user, model, details, id);
		}
	}

	@PostMapping("/{id}/case-lead")
	String assignCaseLead(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam UUID caseLeadId, @RequestParam Long version, RedirectAttributes redirect) {
		this.clients.assignCaseLead(user, id, caseLeadId, version);
		redirect.addFlashAttribute("flash", "client.caseLead.saved");
		return "redirect:/clients/" + id;
	}

	private String form(CurrentUser user, Model model, ClientDetails details, UUID clientId) {
		model.addAttribute("details", details);
		model.addAttribute("clientId", clientId);
		model.addAttribute("householdTypes", HouseholdType.values());
		model.addAttribute("consultants", this.clients.consultants(user));
		return FORM;
	}

	private void requireRegister(CurrentUser user) {
		ClientAccessPolicy.requireRegister(user);
	}

}

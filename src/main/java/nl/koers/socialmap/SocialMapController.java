package nl.koers.socialmap;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.koers.identity.api.CurrentUser;
import nl.koers.socialmap.api.MapEntries.Organisation;
import nl.koers.socialmap.api.NewContactPerson;
import nl.koers.socialmap.api.NewLocation;
import nl.koers.socialmap.api.NewOrganisation;
import nl.koers.socialmap.api.NewService;
import nl.koers.socialmap.api.OrganisationKind;
import nl.koers.socialmap.api.ServiceCategory;
import nl.koers.socialmap.api.ServiceSearch;
import nl.koers.system.PageLimit;
import nl.koers.system.web.FormFlow;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The social map pages: finding services, the organisations, and for the care
 * coordination point the forms that keep the map current, export and import.
 */
@Controller
@RequestMapping("/social-map")
@PreAuthorize(SocialMapController.READERS)
class SocialMapController {

	static final String READERS = "@socialMapPolicy.mayRead(principal)";

	static final String KEEPER = "@socialMapPolicy.mayKeep(principal)";

	private final SocialMapService map;

	private final SocialMapPolicy policy;

	private final MapTransfer transfer;

	private final FormFlow forms;

	SocialMapController(SocialMapService map, SocialMapPolicy policy, MapTransfer transfer, FormFlow forms) {
		this.map = map;
		this.policy = policy;
		this.transfer = transfer;
		this.forms = forms;
	}

	@GetMapping
	String search(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("search") ServiceSearch search,
			BindingResult errors, @RequestParam(required = false) String next, Model model) {
		model.addAttribute("categories", ServiceCategory.values());
		model.addAttribute("mayKeep", this.policy.mayKeep(user));
		model.addAttribute("page",
				this.map.services(user, errors.hasErrors() ? ServiceSearch.all() : search, next, PageLimit.DEFAULT));
		return "socialmap/search";
	}

	@GetMapping("/organisations")
	String organisations(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "false") boolean stale, @RequestParam(required = false) String next,
			Model model) {
		model.addAttribute("q", q);
		model.addAttribute("stale", stale);
		model.addAttribute("mayKeep", this.policy.mayKeep(user));
		model.addAttribute("page", this.map.organisations(user, q, stale, next, PageLimit.DEFAULT));
		return "socialmap/organisations";
	}

	@GetMapping("/organisations/{id}")
	String organisation(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		return organisationPage(user, id, model);
	}

	@GetMapping("/organisations/new")
	@PreAuthorize(KEEPER)
	String newOrganisation(Model model) {
		model.addAttribute("form", new NewOrganisation(null, null, null, null, null, null, this.map.today(), null));
		return organisationForm(model, null);
	}

	@PostMapping("/organisations")
	@PreAuthorize(KEEPER)
	String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") NewOrganisation form,
			BindingResult errors, Model model) {
		return this.forms.submit(errors, () -> this.map.create(user, form), "socialMap.saved",
				created -> "/social-map/organisations/" + created.id(), () -> organisationForm(model, null));
	}

	@GetMapping("/organisations/{id}/edit")
	@PreAuthorize(KEEPER)
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		Organisation o = this.map.organisation(user, id);
		model.addAttribute("form", new NewOrganisation(o.name(), o.kind(), o.description(), o.website(), o.email(),
				o.phone(), o.verifiedOn(), o.version()));
		return organisationForm(model, id);
	}

	@PostMapping("/organisations/{id}")
	@PreAuthorize(KEEPER)
	String update(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("form") NewOrganisation form, BindingResult errors, Model model) {
		return this.forms.submit(errors, () -> this.map.update(user, id, form), "socialMap.saved",
				"/social-map/organisations/" + id, () -> organisationForm(model, id));
	}

	@PostMapping("/organisations/{id}/verification")
	@PreAuthorize(KEEPER)
	String verify(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		return this.forms.act(() -> this.map.verify(user, id), "socialMap.verified", "/social-map/organisations/" + id,
				() -> organisationPage(user, id, model));
	}

	@PostMapping("/organisations/{id}/locations")
	@PreAuthorize(KEEPER)
	String addLocation(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("newLocation") NewLocation form, BindingResult errors, Model model) {
		return this.forms.submit(errors, () -> this.map.addLocation(user, id, form), "socialMap.saved",
				"/social-map/organisations/" + id, () -> organisationPage(user, id, model));
	}

	@PostMapping("/organisations/{id}/contacts")
	@PreAuthorize(KEEPER)
	String addContact(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("newContact") NewContactPerson form, BindingResult errors, Model model) {
		return this.forms.submit(errors, () -> this.map.addContact(user, id, form), "socialMap.saved",
				"/social-map/organisations/" + id, () -> organisationPage(user, id, model));
	}

	@PostMapping("/organisations/{id}/services")
	@PreAuthorize(KEEPER)
	String addService(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("newService") NewService form, BindingResult errors, Model model) {
		return this.forms.submit(errors, () -> this.map.addService(user, id, form), "socialMap.saved",
				"/social-map/organisations/" + id, () -> organisationPage(user, id, model));
	}

	@GetMapping("/export")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser user) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("sociale-kaart.zip").build().toString())
			.contentType(MediaType.parseMediaType("application/zip"))
			.body(this.transfer.export(user));
	}

	@GetMapping("/import")
	@PreAuthorize(KEEPER)
	String importForm() {
		return "socialmap/import";
	}

	@PostMapping("/import")
	@PreAuthorize(KEEPER)
	String importPackage(@AuthenticationPrincipal CurrentUser user, @RequestParam("file") MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		InputStream in = file.getInputStream();
		return this.forms.act(() -> redirect.addFlashAttribute("imported", this.transfer.importPackage(user, in)),
				"socialMap.imported", "/social-map/organisations", () -> "socialmap/import");
	}

	/**
	 * The organisation with, for the keeper, the small forms that add a service, a
	 * location or a contact person; a form that was refused keeps what was entered.
	 */
	private String organisationPage(CurrentUser user, UUID id, Model model) {
		LocalDate today = this.map.today();
		model.addAttribute("organisation", this.map.organisation(user, id));
		model.addAttribute("mayKeep", this.policy.mayKeep(user));
		model.addAttribute("categories", ServiceCategory.values());
		model.addAttribute("today", today);
		if (!model.containsAttribute("newService")) {
			model.addAttribute("newService", new NewService(null, null, null, null, today));
		}
		if (!model.containsAttribute("newLocation")) {
			model.addAttribute("newLocation", new NewLocation(null, null, null, null));
		}
		if (!model.containsAttribute("newContact")) {
			model.addAttribute("newContact", new NewContactPerson(null, null, null, null));
		}
		return "socialmap/organisation";
	}

	private static String organisationForm(Model model, UUID id) {
		model.addAttribute("organisationId", id);
		model.addAttribute("kinds", OrganisationKind.values());
		return "socialmap/organisation-form";
	}

}

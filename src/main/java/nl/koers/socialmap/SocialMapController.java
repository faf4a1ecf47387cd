package nl.koers.socialmap;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.koers.identity.api.CurrentUser;
import nl.koers.socialmap.MapEntries.Organisation;
import nl.koers.system.ConflictException;
import nl.koers.system.InvalidFieldException;
import nl.koers.system.PageLimit;
import nl.koers.system.RefusedException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
@PreAuthorize(SocialMapApiController.READERS)
class SocialMapController {

	private static final String KEEPER = "hasRole('COORDINATOR')";

	private final SocialMap map;

	private final MapTransfer transfer;

	SocialMapController(SocialMap map, MapTransfer transfer) {
		this.map = map;
		this.transfer = transfer;
	}

	@GetMapping
	String search(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("search") ServiceSearch search,
			BindingResult errors, @RequestParam(required = false) String next, Model model) {
		model.addAttribute("categories", ServiceCategory.values());
		model.addAttribute("mayKeep", this.map.mayKeep(user));
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
		model.addAttribute("mayKeep", this.map.mayKeep(user));
		model.addAttribute("page", this.map.organisations(user, q, stale, next, PageLimit.DEFAULT));
		return "socialmap/organisations";
	}

	@GetMapping("/organisations/{id}")
	String organisation(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		Organisation organisation = this.map.organisation(user, id);
		model.addAttribute("organisation", organisation);
		model.addAttribute("mayKeep", this.map.mayKeep(user));
		model.addAttribute("categories", ServiceCategory.values());
		model.addAttribute("today", this.map.today());
		return "socialmap/organisation";
	}

	@GetMapping("/organisations/new")
	@PreAuthorize(KEEPER)
	String newOrganisation(Model model) {
		model.addAttribute("form", OrganisationForm.empty(this.map.today()));
		return organisationForm(model, null);
	}

	@PostMapping("/organisations")
	@PreAuthorize(KEEPER)
	String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") OrganisationForm form,
			BindingResult errors, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return organisationForm(model, null);
		}
		Organisation created = this.map.create(user, form);
		redirect.addFlashAttribute("flash", "socialMap.saved");
		return "redirect:/social-map/organisations/" + created.id();
	}

	@GetMapping("/organisations/{id}/edit")
	@PreAuthorize(KEEPER)
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		Organisation o = this.map.organisation(user, id);
		model.addAttribute("form", new OrganisationForm(o.name(), o.kind(), o.description(), o.website(), o.email(),
				o.phone(), o.verifiedOn(), o.version()));
		return organisationForm(model, id);
	}

	@PostMapping("/organisations/{id}")
	@PreAuthorize(KEEPER)
	String update(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("form") OrganisationForm form, BindingResult errors, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return organisationForm(model, id);
		}
		try {
			this.map.update(user, id, form);
		}
		catch (ConflictException ex) {
			errors.reject(ex.messageKey());
			response.setStatus(HttpStatus.CONFLICT.value());
			return organisationForm(model, id);
		}
		redirect.addFlashAttribute("flash", "socialMap.saved");
		return "redirect:/social-map/organisations/" + id;
	}

	@PostMapping("/organisations/{id}/verification")
	@PreAuthorize(KEEPER)
	String verify(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		this.map.verify(user, id);
		redirect.addFlashAttribute("flash", "socialMap.verified");
		return "redirect:/social-map/organisations/" + id;
	}

	@PostMapping("/organisations/{id}/locations")
	@PreAuthorize(KEEPER)
	String addLocation(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @Valid LocationForm form,
			BindingResult errors, RedirectAttributes redirect) {
		return added(id, errors, redirect, () -> this.map.addLocation(user, id, form));
	}

	@PostMapping("/organisations/{id}/contacts")
	@PreAuthorize(KEEPER)
	String addContact(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @Valid ContactForm form,
			BindingResult errors, RedirectAttributes redirect) {
		return added(id, errors, redirect, () -> this.map.addContact(user, id, form));
	}

	@PostMapping("/organisations/{id}/services")
	@PreAuthorize(KEEPER)
	String addService(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @Valid ServiceForm form,
			BindingResult errors, RedirectAttributes redirect) {
		return added(id, errors, redirect, () -> this.map.addService(user, id, form));
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
			HttpServletResponse response, Model model, RedirectAttributes redirect) throws IOException {
		try {
			MapTransfer.Imported imported = this.transfer.importPackage(user, file.getInputStream());
			redirect.addFlashAttribute("imported", imported);
			redirect.addFlashAttribute("flash", "socialMap.imported");
			return "redirect:/social-map/organisations";
		}
		catch (RefusedException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("problems", ex.reasons());
			return "socialmap/import";
		}
	}

	private static String organisationForm(Model model, UUID id) {
		model.addAttribute("organisationId", id);
		model.addAttribute("kinds", OrganisationKind.values());
		return "socialmap/organisation-form";
	}

	/**
	 * The small forms on the organisation page redirect back to it; a mistake shows as a
	 * message there, the fields being few.
	 */
	private static String added(UUID id, BindingResult errors, RedirectAttributes redirect, Runnable adding) {
		if (errors.hasErrors()) {
			redirect.addFlashAttribute("problem", "socialMap.invalidEntry");
		}
		else {
			try {
				adding.run();
				redirect.addFlashAttribute("flash", "socialMap.saved");
			}
			catch (InvalidFieldException ex) {
				redirect.addFlashAttribute("problem", ex.messageKey());
			}
		}
		return "redirect:/social-map/organisations/" + id;
	}

}

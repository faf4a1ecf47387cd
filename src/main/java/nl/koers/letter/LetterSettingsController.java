package nl.koers.letter;

import java.io.IOException;

import jakarta.validation.Valid;
import nl.koers.identity.api.CurrentUser;
import nl.koers.letter.LetterSettingsService.SampleLetter;
import nl.koers.letter.LetterSettingsService.SettingsPage;
import nl.koers.system.web.FormFlow;

import org.springframework.http.CacheControl;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Administrators set how their municipality's letters look and read: the letterhead, the
 * signatory, where to object, the logo and the text blocks; a preview shows a letter with
 * fictitious data.
 */
@Controller
@RequestMapping("/admin/letters")
@PreAuthorize("@letterPolicy.mayEditSettings(principal)")
class LetterSettingsController {

	private static final String PAGE = "letter/settings";

	private static final String HERE = "/admin/letters";

	private final LetterSettingsService settings;

	private final FormFlow forms;

	LetterSettingsController(LetterSettingsService settings, FormFlow forms) {
		this.settings = settings;
		this.forms = forms;
	}

	@GetMapping
	String form(@AuthenticationPrincipal CurrentUser admin, Model model) {
		SettingsPage page = this.settings.page(admin);
		model.addAttribute("form", page.form());
		return page(page, model);
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	String save(@AuthenticationPrincipal CurrentUser admin, @Valid @ModelAttribute("form") LetterSettingsForm form,
			BindingResult errors, @RequestParam(name = "logoFile", required = false) MultipartFile logo, Model model)
			throws IOException {
		byte[] content = logo == null ? null : logo.getBytes();
		return this.forms.submit(errors, () -> this.settings.save(admin, form, content), "letter.settings.saved", HERE,
				() -> page(this.settings.page(admin), model));
	}

	@PostMapping(path = "/preview", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	Object preview(@AuthenticationPrincipal CurrentUser admin, @Valid @ModelAttribute("form") LetterSettingsForm form,
			BindingResult errors, @RequestParam(name = "logoFile", required = false) MultipartFile logo,
			@RequestParam("letter") SampleLetter letter, Model model) throws IOException {
		byte[] content = logo == null ? null : logo.getBytes();
		if (!errors.hasErrors()) {
			try {
				byte[] pdf = this.settings.preview(admin, form, content, letter);
				return ResponseEntity.ok()
					.contentType(MediaType.APPLICATION_PDF)
					.header(HttpHeaders.CONTENT_DISPOSITION,
							ContentDisposition.inline().filename("voorbeeld.pdf").build().toString())
					.cacheControl(CacheControl.noStore())
					.body(pdf);
			}
			catch (RuntimeException ex) {
				return this.forms.submit(errors, () -> {
					throw ex;
				}, "letter.settings.saved", HERE, () -> page(this.settings.page(admin), model));
			}
		}
		return this.forms.submit(errors, () -> {
		}, "letter.settings.saved", HERE, () -> page(this.settings.page(admin), model));
	}

	@PostMapping("/reset-texts")
	String resetTexts(@AuthenticationPrincipal CurrentUser admin, @RequestParam("version") long version, Model model) {
		return this.forms.act(() -> this.settings.resetTexts(admin, version), "letter.settings.textsReset", HERE,
				() -> {
					SettingsPage page = this.settings.page(admin);
					model.addAttribute("form", page.form());
					return page(page, model);
				});
	}

	private static String page(SettingsPage page, Model model) {
		model.addAttribute("updatedByName", page.updatedByName());
		model.addAttribute("updatedAt", page.updatedAt());
		model.addAttribute("logo", page.logo());
		model.addAttribute("blocks", TextBlock.values());
		model.addAttribute("letters", SampleLetter.values());
		model.addAttribute("placeholders",
				String.join(" ", LetterText.PLACEHOLDERS.stream().map(name -> "{" + name + "}").toList()));
		return PAGE;
	}

}

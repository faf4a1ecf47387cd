package nl.koers.document;

import java.io.IOException;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.koers.document.api.DocumentFile;
import nl.koers.document.api.DocumentKind;
import nl.koers.document.api.NewDocument;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.NotFoundException;
import nl.koers.system.web.FormFlow;

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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The documents of a client file (also its section): the list, the upload form and the
 * download of one document.
 */
@Controller
@RequestMapping("/clients/{clientId}/documents")
@PreAuthorize("@documentPolicy.mayRead(principal)")
class DocumentController {

	private final DocumentService documents;

	private final FormFlow forms;

	DocumentController(DocumentService documents, FormFlow forms) {
		this.documents = documents;
		this.forms = forms;
	}

	@GetMapping
	String overview(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("page", this.documents.page(user, clientId));
		model.addAttribute("form", new DocumentForm(null));
		return htmx != null ? "document/overview :: content" : "document/overview";
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("@documentPolicy.mayFile(principal)")
	String upload(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@Valid @ModelAttribute("form") DocumentForm form, BindingResult errors,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
		NewDocument document = new NewDocument(DocumentKind.UPLOAD, form.title(),
				file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes());
		return this.forms.submit(errors, () -> this.documents.file(user, clientId, document), "document.saved",
				"/clients/" + clientId + "/documents", () -> {
					model.addAttribute("page", this.documents.page(user, clientId));
					model.addAttribute("openForm", true);
					return "document/overview";
				});
	}

	@GetMapping("/{documentId}")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@PathVariable UUID documentId) {
		DocumentFile content = this.documents.document(user, documentId);
		if (!content.document().clientId().equals(clientId)) {
			throw new NotFoundException("document");
		}
		return content.asDownload();
	}

}

package nl.koers.document;

import java.io.IOException;
import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.koers.document.api.DocumentKind;
import nl.koers.document.api.DocumentView;
import nl.koers.document.api.NewDocument;
import nl.koers.identity.api.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Documents", description = "Documents in the client file: PDF, JPEG and PNG, checked by content")
class DocumentApiController {

	private final DocumentService documents;

	DocumentApiController(DocumentService documents) {
		this.documents = documents;
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping(path = "/clients/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("@documentPolicy.mayFile(principal)")
	@Operation(summary = "File a document in the client file (the case lead or a coordinator): part 'file' (PDF, "
			+ "JPEG or PNG, recognised by its content, within the size limit) and part 'title'")
	ResponseEntity<DocumentView> upload(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam("file") MultipartFile file, @RequestParam("title") String title) throws IOException {
		DocumentView filed = this.documents.file(user, id,
				new NewDocument(DocumentKind.UPLOAD, title, file.getOriginalFilename(), file.getBytes()));
		return ResponseEntity.created(URI.create("/api/v1/documents/" + filed.id())).body(filed);
	}

	@GetMapping(path = "/documents/{id}",
			produces = { MediaType.APPLICATION_PDF_VALUE, MediaType.IMAGE_JPEG_VALUE, MediaType.IMAGE_PNG_VALUE })
	@PreAuthorize("@documentPolicy.mayRead(principal)")
	@Operation(summary = "The document's content, in its own type, through the same access rules as the client file")
	ResponseEntity<byte[]> content(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return this.documents.document(user, id).asDownload();
	}

}

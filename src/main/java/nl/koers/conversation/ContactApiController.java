package nl.koers.conversation;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.koers.conversation.api.ContactView;
import nl.koers.conversation.api.NewContact;
import nl.koers.conversation.api.NewOutreachAttempt;
import nl.koers.conversation.api.OutreachView;
import nl.koers.document.api.DocumentView;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.CursorPage;
import nl.koers.system.PageLimit;

import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/clients/{id}")
@Tag(name = "Contacts and outreach", description = "Conversations without an appointment (occurredAt is a "
		+ "local date-time in Europe/Amsterdam) and the outreach to clients who did not show up")
class ContactApiController {

	private final ContactService contacts;

	private final ConversationLetterService letters;

	ContactApiController(ContactService contacts, ConversationLetterService letters) {
		this.contacts = contacts;
		this.letters = letters;
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/contacts")
	@Operation(summary = "Record a conversation without appointment; unless refused, it restores contact "
			+ "after a no-show")
	ResponseEntity<ContactView> record(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody NewContact form) {
		ContactView contact = this.contacts.record(user, id, form);
		return ResponseEntity.created(URI.create("/api/v1/clients/" + id + "/contacts/" + contact.id())).body(contact);
	}

	@GetMapping("/contacts")
	@Operation(summary = "The client's contacts without appointment, latest first")
	CursorPage<ContactView> contacts(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) String next) {
		return this.contacts.contacts(user, id, next, PageLimit.of(limit));
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/outreach-attempts")
	@Operation(summary = "Log an attempt to reach the client while outreach is open; CONTACT_RESTORED "
			+ "completes the outreach task")
	ResponseEntity<OutreachView> recordOutreach(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody NewOutreachAttempt form) {
		OutreachView attempt = this.contacts.recordOutreach(user, id, form);
		return ResponseEntity.created(URI.create("/api/v1/clients/" + id + "/outreach-attempts/" + attempt.id()))
			.body(attempt);
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/outreach-letters")
	@Operation(summary = "Write an outreach letter while outreach after a no-show is open (the case lead or a "
			+ "coordinator): we missed you, please get in touch by replyBy (after today, at most six weeks ahead). "
			+ "The PDF is filed in the client file as a document, read with GET /documents/{id}, and the letter "
			+ "is recorded as an outreach attempt by LETTER with result NO_RESPONSE")
	ResponseEntity<DocumentView> outreachLetter(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody OutreachLetterForm form) {
		DocumentView letter = this.letters.outreach(user, id, form);
		return ResponseEntity.created(URI.create("/api/v1/documents/" + letter.id())).body(letter);
	}

	@GetMapping("/outreach-attempts")
	@Operation(summary = "The client's outreach attempts, latest first")
	CursorPage<OutreachView> outreach(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) String next) {
		return this.contacts.outreach(user, id, next, PageLimit.of(limit));
	}

}

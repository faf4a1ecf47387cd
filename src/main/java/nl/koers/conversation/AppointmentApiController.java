package nl.koers.conversation;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.koers.conversation.api.AppointmentOutcomeReport;
import nl.koers.conversation.api.AppointmentPlan;
import nl.koers.conversation.api.AppointmentView;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Appointments",
		description = "Planned activating conversations and their outcome. Times "
				+ "(plannedAt) are local date-times in Europe/Amsterdam without offset, such as 2026-11-30T10:00; "
				+ "recording times are UTC instants.")
class AppointmentApiController {

	private final AppointmentService appointments;

	private final ConversationLetterService letters;

	AppointmentApiController(AppointmentService appointments, ConversationLetterService letters) {
		this.appointments = appointments;
		this.letters = letters;
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/clients/{id}/appointments")
	@Operation(summary = "Plan a conversation (the case lead or a coordinator); plannedAt is a local "
			+ "date-time in Europe/Amsterdam; the case lead holds it unless consultantId is given. A time in the "
			+ "past is accepted here, for systems that report appointments registered elsewhere (the pages "
			+ "plan from now on and record a past conversation with its outcome as a separate step)")
	ResponseEntity<AppointmentView> plan(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody AppointmentPlan form) {
		AppointmentView planned = this.appointments.planAnyTime(user, id, form);
		return ResponseEntity.created(URI.create("/api/v1/appointments/" + planned.id())).body(planned);
	}

	@GetMapping("/clients/{id}/appointments")
	@Operation(summary = "The client's appointments with their changes, latest planned first")
	CursorPage<AppointmentView> appointments(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) String next) {
		return this.appointments.appointments(user, id, next, PageLimit.of(limit));
	}

	@GetMapping("/appointments/{id}")
	@Operation(summary = "One appointment with its changes")
	AppointmentView appointment(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return this.appointments.appointment(user, id);
	}

	@PutMapping("/appointments/{id}/outcome")
	@Operation(summary = "Record the outcome of a planned appointment whose time has come: HELD (with summary, "
			+ "lifeDomains and nextStep), NO_SHOW (opens outreach for the case lead) or REFUSED")
	AppointmentView outcome(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody AppointmentOutcomeReport form) {
		return this.appointments.recordOutcome(user, id, form);
	}

	@PostMapping("/appointments/{id}/reschedule")
	@Operation(summary = "Move a planned appointment to a new local date-time, with a reason; "
			+ "the earlier time is kept in its changes")
	AppointmentView reschedule(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody RescheduleForm form) {
		return this.appointments.rescheduleAnyTime(user, id, form);
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/appointments/{id}/invitation-letters")
	@Operation(summary = "Write the invitation for a planned appointment still to come (the case lead or a "
			+ "coordinator): a PDF filed in the client file as a document, read with GET /documents/{id}")
	ResponseEntity<DocumentView> invitationLetter(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		DocumentView letter = this.letters.invitation(user, id);
		return ResponseEntity.created(URI.create("/api/v1/documents/" + letter.id())).body(letter);
	}

	@PostMapping("/appointments/{id}/cancellation")
	@Operation(summary = "Cancel a planned appointment, with a reason")
	AppointmentView cancel(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody CancellationForm form) {
		return this.appointments.cancel(user, id, form);
	}

}

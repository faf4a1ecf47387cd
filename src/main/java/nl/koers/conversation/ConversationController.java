package nl.koers.conversation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.koers.conversation.api.AppointmentOutcome;
import nl.koers.conversation.api.AppointmentOutcomeReport;
import nl.koers.conversation.api.AppointmentPlan;
import nl.koers.conversation.api.AppointmentView;
import nl.koers.conversation.api.PastAppointment;
import nl.koers.conversation.api.Channel;
import nl.koers.conversation.api.LifeDomain;
import nl.koers.conversation.api.NewContact;
import nl.koers.conversation.api.NewOutreachAttempt;
import nl.koers.conversation.api.OutreachMethod;
import nl.koers.conversation.api.OutreachResult;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.NotFoundException;
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

/**
 * The conversations of a client (also the client file section) and the forms for
 * appointments, contacts and outreach.
 */
@Controller
@RequestMapping("/clients/{clientId}/conversations")
@PreAuthorize("@conversationPolicy.mayReachConversations(principal)")
class ConversationController {

	private static final String FORM = "conversation/form";

	private static final LocalTime DEFAULT_TIME = LocalTime.of(10, 0);

	private final ConversationOverviewService conversations;

	private final AppointmentService appointments;

	private final ContactService contacts;

	private final FormFlow forms;

	private final Clock clock;

	private final ConversationLetterService letters;

	ConversationController(ConversationOverviewService conversations, AppointmentService appointments,
			ContactService contacts, FormFlow forms, Clock clock, ConversationLetterService letters) {
		this.letters = letters;
		this.conversations = conversations;
		this.appointments = appointments;
		this.contacts = contacts;
		this.forms = forms;
		this.clock = clock;
	}

	@GetMapping
	String overview(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("overview", this.conversations.overview(user, clientId));
		model.addAttribute("today", LocalDate.now(this.clock));
		return htmx != null ? "conversation/overview :: content" : "conversation/overview";
	}

	@GetMapping("/appointments/new")
	String planForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId, Model model) {
		AppointmentPlan form = new AppointmentPlan(LocalDate.now(this.clock).plusDays(1).atTime(DEFAULT_TIME), null,
				null, null);
		return form(user, clientId, "plan", form, null, model);
	}

	@PostMapping("/appointments")
	String plan(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@Valid @ModelAttribute("form") AppointmentPlan form, BindingResult errors, Model model) {
		return this.forms.submit(errors, () -> this.appointments.plan(user, clientId, form),
				"conversation.flash.planned",
				(AppointmentView appointment) -> overview(clientId) + "#appointment-" + appointment.id(),
				() -> form(user, clientId, "plan", form, null, model));
	}

	/**
	 * The explicit way to record a conversation that already took place, with its outcome
	 * (an appointment is never planned in the past).
	 */
	@GetMapping("/appointments/past")
	String pastForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId, Model model) {
		PastAppointment form = new PastAppointment(
				LocalDate.now(this.clock).atTime(LocalTime.now(this.clock).withSecond(0).withNano(0)), null, null, null,
				null, null, Set.of(), null);
		return form(user, clientId, "past", form, null, model);
	}

	@PostMapping("/appointments/past")
	String recordPast(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@Valid @ModelAttribute("form") PastAppointment form, BindingResult errors, Model model) {
		return this.forms.submit(errors, () -> this.appointments.recordPast(user, clientId, form),
				"conversation.flash.pastRecorded", overview(clientId),
				() -> form(user, clientId, "past", form, null, model));
	}

	@GetMapping("/appointments/{id}/{action:outcome|reschedule|cancel}")
	String appointmentForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@PathVariable UUID id, @PathVariable String action, Model model) {
		AppointmentView appointment = appointment(user, clientId, id);
		Object form = switch (action) {
			case "outcome" -> new AppointmentOutcomeReport(null, null, Set.of(), null);
			case "reschedule" -> new RescheduleForm(appointment.plannedAt(), null);
			default -> new CancellationForm(null);
		};
		return form(user, clientId, action, form, appointment, model);
	}

	@PostMapping("/appointments/{id}/outcome")
	String recordOutcome(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId, @PathVariable UUID id,
			@Valid @ModelAttribute("form") AppointmentOutcomeReport form, BindingResult errors, Model model) {
		AppointmentView appointment = appointment(user, clientId, id);
		return this.forms.submit(errors, () -> this.appointments.recordOutcome(user, id, form),
				"conversation.flash.outcomeRecorded", overview(clientId),
				() -> form(user, clientId, "outcome", form, appointment, model));
	}

	@PostMapping("/appointments/{id}/reschedule")
	String reschedule(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId, @PathVariable UUID id,
			@Valid @ModelAttribute("form") RescheduleForm form, BindingResult errors, Model model) {
		AppointmentView appointment = appointment(user, clientId, id);
		return this.forms.submit(errors, () -> this.appointments.reschedule(user, id, form),
				"conversation.flash.rescheduled", overview(clientId),
				() -> form(user, clientId, "reschedule", form, appointment, model));
	}

	@PostMapping("/appointments/{id}/cancel")
	String cancel(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId, @PathVariable UUID id,
			@Valid @ModelAttribute("form") CancellationForm form, BindingResult errors, Model model) {
		AppointmentView appointment = appointment(user, clientId, id);
		return this.forms.submit(errors, () -> this.appointments.cancel(user, id, form), "conversation.flash.cancelled",
				overview(clientId), () -> form(user, clientId, "cancel", form, appointment, model));
	}

	@GetMapping("/contacts/new")
	String contactForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId, Model model) {
		NewContact form = new NewContact(
				LocalDate.now(this.clock).atTime(LocalTime.now(this.clock).withSecond(0).withNano(0)), null, null,
				false);
		return form(user, clientId, "contact", form, null, model);
	}

	@PostMapping("/contacts")
	String recordContact(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@Valid @ModelAttribute("form") NewContact form, BindingResult errors, Model model) {
		return this.forms.submit(errors, () -> this.contacts.record(user, clientId, form),
				"conversation.flash.contactRecorded", overview(clientId),
				() -> form(user, clientId, "contact", form, null, model));
	}

	@GetMapping("/outreach/new")
	String outreachForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId, Model model) {
		return form(user, clientId, "outreach", new NewOutreachAttempt(null, null, LocalDate.now(this.clock), null),
				null, model);
	}

	@PostMapping("/outreach")
	String recordOutreach(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@Valid @ModelAttribute("form") NewOutreachAttempt form, BindingResult errors, Model model) {
		return this.forms.submit(errors, () -> this.contacts.recordOutreach(user, clientId, form),
				"conversation.flash.outreachRecorded", overview(clientId),
				() -> form(user, clientId, "outreach", form, null, model));
	}

	/**
	 * Writes the invitation for a planned appointment and files it in the client file.
	 */
	@PostMapping("/appointments/{id}/invitation-letter")
	String invitationLetter(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@PathVariable UUID id, Model model) {
		appointment(user, clientId, id);
		return this.forms.act(() -> this.letters.invitation(user, id), "conversation.flash.invitationMade",
				overview(clientId) + "#appointment-" + id, () -> overviewPage(user, clientId, model));
	}

	/**
	 * Writes an outreach letter (and records it as an outreach attempt by letter).
	 */
	@PostMapping("/outreach/letter")
	String outreachLetter(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID clientId,
			@Valid @ModelAttribute("letterForm") OutreachLetterForm form, BindingResult errors, Model model) {
		return this.forms.submitListed(errors, () -> this.letters.outreach(user, clientId, form),
				"conversation.flash.outreachLetterMade", overview(clientId) + "#outreach",
				() -> overviewPage(user, clientId, model));
	}

	private String overviewPage(CurrentUser user, UUID clientId, Model model) {
		model.addAttribute("overview", this.conversations.overview(user, clientId));
		model.addAttribute("today", LocalDate.now(this.clock));
		return "conversation/overview";
	}

	private AppointmentView appointment(CurrentUser user, UUID clientId, UUID id) {
		AppointmentView appointment = this.appointments.appointment(user, id);
		if (!appointment.clientId().equals(clientId)) {
			throw new NotFoundException("appointment");
		}
		return appointment;
	}

	private String form(CurrentUser user, UUID clientId, String action, Object form, AppointmentView appointment,
			Model model) {
		ConversationOverview overview = this.conversations.overviewToRecord(user, clientId);
		model.addAttribute("overview", overview);
		model.addAttribute("action", action);
		model.addAttribute("form", form);
		model.addAttribute("appointment", appointment);
		model.addAttribute("channels", Channel.values());
		model.addAttribute("outcomes", AppointmentOutcome.values());
		model.addAttribute("lifeDomains", LifeDomain.values());
		model.addAttribute("methods", OutreachMethod.values());
		model.addAttribute("results", OutreachResult.values());
		return FORM;
	}

	private static String overview(UUID clientId) {
		return "/clients/" + clientId + "/conversations";
	}

}

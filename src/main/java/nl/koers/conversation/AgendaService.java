package nl.koers.conversation;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import nl.koers.client.api.ClientAccess;
import nl.koers.client.api.ClientRef;
import nl.koers.conversation.api.AppointmentView;
import nl.koers.identity.api.UserDirectory;
import nl.koers.identity.api.UserSummary;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.InvalidFieldException;
import nl.koers.system.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A consultant's agenda by ISO week. Consultants see their own; coordinators any
 * consultant's of their municipality. Client names pass {@link ClientAccess#list}, one
 * access log entry per client shown.
 */
@Service
class AgendaService {

	private final AppointmentStore store;

	private final ClientAccess clients;

	private final UserDirectory users;

	private final ConversationPolicy policy;

	private final Clock clock;

	AgendaService(AppointmentStore store, ClientAccess clients, UserDirectory users, ConversationPolicy policy,
			Clock clock) {
		this.store = store;
		this.policy = policy;
		this.clients = clients;
		this.users = users;
		this.clock = clock;
	}

	/**
	 * The week ({@code YYYY-Www}, this week when {@code null}) of the consultant (the
	 * caller when {@code null}).
	 */
	@Transactional
	public Agenda agenda(CurrentUser user, String week, UUID consultantId) {
		this.policy.requireAgenda(user);
		UserSummary consultant = consultant(user, consultantId);
		LocalDate today = LocalDate.now(this.clock);
		LocalDate monday = week == null || week.isBlank()
				? today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : monday(week);
		List<AppointmentView> found = this.store.agenda(user.municipalityId(), consultant.id(), monday.atStartOfDay(),
				monday.plusWeeks(1).atStartOfDay());
		Map<UUID, ClientRef> shown = this.clients.list(user, found.stream().map(AppointmentView::clientId).toList());
		List<AppointmentView> named = found.stream()
			.filter(appointment -> shown.containsKey(appointment.clientId()))
			.map(appointment -> appointment.named(shown.get(appointment.clientId()).displayName()))
			.toList();
		List<Agenda.Day> days = Stream.iterate(monday, day -> day.plusDays(1))
			.limit(7)
			.map(day -> new Agenda.Day(day, day.equals(today),
					named.stream().filter(appointment -> appointment.plannedAt().toLocalDate().equals(day)).toList()))
			.toList();
		return new Agenda(label(monday), label(monday.minusWeeks(1)), label(monday.plusWeeks(1)),
				LocalDateTime.now(this.clock), consultant.id(), consultant.displayName(), days);
	}

	/**
	 * The consultants whose agenda the caller may open: all of the municipality for a
	 * coordinator, none to choose from for a consultant.
	 */
	@Transactional(readOnly = true)
	public List<UserSummary> consultants(CurrentUser user) {
		return this.policy.mayOpenAnyAgenda(user) ? this.users.consultants(user.municipalityId()) : List.of();
	}

	private UserSummary consultant(CurrentUser user, UUID consultantId) {
		if (consultantId == null || consultantId.equals(user.id())) {
			return new UserSummary(user.id(), user.getUsername(), user.displayName());
		}
		this.policy.requireAnyAgenda(user);
		return this.users.findConsultant(user.municipalityId(), consultantId)
			.orElseThrow(() -> new NotFoundException("consultant"));
	}

	private static LocalDate monday(String week) {
		try {
			return LocalDate.parse(week.strip() + "-1", DateTimeFormatter.ISO_WEEK_DATE);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidFieldException("week", "conversation.week.invalid");
		}
	}

	static String label(LocalDate day) {
		return "%d-W%02d".formatted(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

}

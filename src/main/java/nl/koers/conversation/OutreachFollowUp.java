package nl.koers.conversation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

import nl.koers.client.api.ClientRef;
import nl.koers.identity.api.CurrentUser;
import nl.koers.task.api.TaskType;
import nl.koers.task.api.TaskView;
import nl.koers.task.api.Tasks;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The outreach task of a client's case lead: opened by a no-show, due a number of working
 * days after it, and done once contact is restored.
 */
@Component
class OutreachFollowUp {

	private final Tasks tasks;

	private final AppointmentStore appointments;

	private final int workingDays;

	OutreachFollowUp(Tasks tasks, AppointmentStore appointments,
			@Value("${koers.conversation.outreach-working-days:5}") int workingDays) {
		this.tasks = tasks;
		this.appointments = appointments;
		this.workingDays = workingDays;
	}

	void noShow(ClientRef client, LocalDate day) {
		this.tasks.schedule(client.municipalityId(), client.id(), TaskType.OUTREACH,
				WorkingDays.add(day, this.workingDays), client.caseLeadId());
	}

	/**
	 * A conversation took place at this time; it restores contact unless it happened
	 * before the latest no-show.
	 */
	void conversed(ClientRef client, LocalDateTime at, CurrentUser user) {
		Optional<LocalDateTime> noShow = this.appointments.lastNoShow(client.id());
		if (noShow.isPresent() && !at.isBefore(noShow.get())) {
			restored(client, user);
		}
	}

	void restored(ClientRef client, CurrentUser user) {
		this.tasks.complete(client.id(), TaskType.OUTREACH, user.id());
	}

	Optional<LocalDate> dueDate(ClientRef client) {
		return this.tasks.open(client.id(), TaskType.OUTREACH).map(TaskView::dueDate);
	}

}

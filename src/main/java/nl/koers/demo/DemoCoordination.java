package nl.koers.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.koers.client.api.ClientAccess;
import nl.koers.coordination.api.AdviceAnswer;
import nl.koers.coordination.api.AdviceQuestion;
import nl.koers.coordination.api.AdviceRequests;
import nl.koers.coordination.api.SignalFollowUp;
import nl.koers.coordination.api.NewSignal;
import nl.koers.coordination.api.SignalKind;
import nl.koers.coordination.api.SignalStatus;
import nl.koers.coordination.api.Signals;
import nl.koers.identity.api.CurrentUser;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Gives West Betuwe's coordination point work: two open advice requests (one about a
 * client of the demo consultant), one answered, a new signal, and one being followed up.
 */
@Component
@Conditional(DemoEnabledCondition.class)
class DemoCoordination implements DemoStep {

	private final AdviceRequests requests;

	private final Signals signals;

	private final ClientAccess clients;

	private final Clock clock;

	DemoCoordination(AdviceRequests requests, Signals signals, ClientAccess clients, Clock clock) {
		this.requests = requests;
		this.signals = signals;
		this.clients = clients;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 80;
	}

	@Override
	public void load(DemoWorld world) {
		coordination(world.actor("coordinator"), world.actor("consulent"), world.actor("consulent2"));
	}

	private void coordination(CurrentUser coordinator, CurrentUser consultant, CurrentUser colleague) {
		List<UUID> caseload = this.clients.caseload(consultant);
		List<UUID> colleagues = this.clients.caseload(colleague);
		LocalDate today = LocalDate.now(this.clock);

		this.requests.ask(consultant, new AdviceQuestion(
				"Cliënt vertelt over veel drinken in het weekend. Welke verslavingszorg past hier en hoe verwijs ik?",
				caseload.get(5)));
		this.requests.ask(colleague,
				new AdviceQuestion("Is er in Leerdam een inloop voor mensen met psychische klachten?", null));
		UUID answered = this.requests
			.ask(consultant,
					new AdviceQuestion("Wie is het aanspreekpunt bij de GGZ voor schuldhulp en GGZ samen?", null))
			.id();
		this.requests.answer(coordinator, answered,
				new AdviceAnswer("Bel het regioteam van de GGZ; zij plannen een gezamenlijk gesprek met schuldhulp."));

		this.signals.raise(colleague, caseload.get(6), new NewSignal(SignalKind.ADDICTION,
				"Rook sterk naar alcohol bij de balie, oogde verward.", today.minusDays(2)));
		UUID followed = this.signals
			.raise(consultant, colleagues.get(0), new NewSignal(SignalKind.PSYCHIATRIC,
					"Vertelde in de wachtruimte stemmen te horen; maakte een angstige indruk.", today.minusDays(9)))
			.id();
		this.signals.followUp(coordinator, followed, new SignalFollowUp(SignalStatus.IN_PROGRESS, today.minusDays(7),
				"Met de casusregisseur besproken; huisarts gevraagd contact op te nemen."));
	}

}

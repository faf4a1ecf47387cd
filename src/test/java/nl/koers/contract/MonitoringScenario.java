package nl.koers.contract;

import java.time.LocalDate;
import java.util.UUID;

import nl.koers.client.api.Outcome;
import nl.koers.contract.api.ContractView;
import nl.koers.identity.api.CurrentUser;
import nl.koers.trajectory.TrajectoryWorld;
import nl.koers.trajectory.api.Nomination;
import nl.koers.trajectory.api.Nominations;
import nl.koers.trajectory.api.PhaseChange;
import nl.koers.trajectory.api.ProviderAnswer;
import nl.koers.trajectory.api.Trajectories;
import nl.koers.trajectory.api.TrajectoryEnd;
import nl.koers.trajectory.api.TrajectoryNote;
import nl.koers.trajectory.api.TrajectoryStart;
import nl.koers.trajectory.api.TrajectoryView;

import org.springframework.context.ApplicationContext;

/**
 * Two providers under Delft's pilot terms (at most 18 months, 6 months aftercare, €5,355
 * a trajectory). De Brug has contract A with five places: one trajectory running since 2
 * January 2006, one ended with paid work after 180 days, one dropped out after 89 days,
 * one withdrawn and one waiting; and contract A2 with two places and one accepted
 * nomination. Noord has contract B with four places: one ended with social activation
 * after 184 days and one running since 1 March 2006.
 */
final class MonitoringScenario {

	static final LocalDate START = LocalDate.of(2006, 1, 2);

	final TrajectoryWorld world;

	final UUID otherProvider;

	final ContractView contractA;

	final ContractView contractA2;

	final ContractView contractB;

	final UUID runningClient;

	private final CurrentUser otherWorker;

	private final Nominations nominations;

	private final Trajectories trajectories;

	MonitoringScenario(ApplicationContext context) {
		this.world = new TrajectoryWorld(context);
		this.world.delftBudget();
		this.nominations = context.getBean(Nominations.class);
		this.trajectories = context.getBean(Trajectories.class);
		this.otherProvider = this.world.organisation("Re-integratie Noord");
		this.otherWorker = this.world.worker(this.otherProvider);
		this.contractA = this.world.contract(this.world.delft().places(5));
		this.contractA2 = this.world.contract(this.world.delft().places(2));
		this.contractB = this.world.contract(new TrajectoryWorld.ContractBuilder(this.otherProvider).places(4));

		TrajectoryView running = started(this.contractA, START);
		this.runningClient = running.clientId();
		TrajectoryView paidWork = started(this.contractA, START);
		this.trajectories.changePhase(this.world.consultant, paidWork.id(),
				new PhaseChange(2, LocalDate.of(2006, 3, 1), null, null));
		end(paidWork, Outcome.PAID_WORK, LocalDate.of(2006, 7, 1));
		TrajectoryView droppedOut = started(this.contractA, LocalDate.of(2006, 2, 1));
		end(droppedOut, Outcome.DROPPED_OUT, LocalDate.of(2006, 5, 1));
		TrajectoryView withdrawn = nominate(this.contractA);
		this.nominations.withdraw(this.world.consultant, withdrawn.id(),
				new TrajectoryNote(LocalDate.of(2005, 12, 15), "Verhuisd"));
		nominate(this.contractA);
		accept(nominate(this.contractA2));

		TrajectoryView activated = started(this.contractB, LocalDate.of(2006, 3, 1));
		end(activated, Outcome.SOCIAL_ACTIVATION, LocalDate.of(2006, 9, 1));
		started(this.contractB, LocalDate.of(2006, 3, 1));
	}

	private TrajectoryView nominate(ContractView contract) {
		return this.nominations.nominate(this.world.consultant, this.world.eligibleClient(),
				new Nomination(contract.id(), TrajectoryWorld.NOMINATED, "Past in de pilot"));
	}

	private TrajectoryView accept(TrajectoryView nominated) {
		return this.trajectories.answer(workerOf(nominated), nominated.id(),
				new ProviderAnswer(true, TrajectoryWorld.NOMINATED, null, null));
	}

	private CurrentUser workerOf(TrajectoryView trajectory) {
		return trajectory.providerId().equals(this.otherProvider) ? this.otherWorker : this.world.worker;
	}

	private TrajectoryView started(ContractView contract, LocalDate on) {
		TrajectoryView accepted = accept(nominate(contract));
		return this.trajectories.start(this.world.consultant, accepted.id(), new TrajectoryStart(on, null));
	}

	private void end(TrajectoryView trajectory, Outcome outcome, LocalDate on) {
		this.trajectories.end(this.world.consultant, trajectory.id(),
				new TrajectoryEnd(outcome, on, outcome.movedOn() ? null : "Reden", null));
	}

}

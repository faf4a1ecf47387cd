package nl.koers.trajectory;

import java.time.LocalDate;
import java.util.UUID;

import nl.koers.KoersTest;
import nl.koers.client.api.BenefitEnd;
import nl.koers.client.api.BenefitEndReason;
import nl.koers.client.api.BenefitPeriodView;
import nl.koers.client.api.Benefits;
import nl.koers.client.api.Outcome;
import nl.koers.contract.api.ContractView;
import nl.koers.trajectory.api.Nomination;
import nl.koers.trajectory.api.Nominations;
import nl.koers.trajectory.api.ProviderAnswer;
import nl.koers.trajectory.api.TrajectoryEnded;
import nl.koers.trajectory.api.TrajectoryStart;
import nl.koers.trajectory.api.TrajectoryStatus;
import nl.koers.trajectory.api.TrajectoryView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A benefit that ends withdraws the client's open nomination and ends a running
 * trajectory on the end date with the outcome the end implies (paid work for work, moved
 * for moving away, otherwise other), and publishes that end.
 */
@KoersTest
class BenefitEndTrajectoriesTests {

	private static final LocalDate END = LocalDate.of(2006, 6, 1);

	@Autowired
	ApplicationContext context;

	@Autowired
	Nominations nominations;

	@Autowired
	TrajectoryService trajectories;

	@Autowired
	Benefits benefits;

	TrajectoryWorld world;

	ContractView pilot;

	@BeforeEach
	void setUp() {
		this.world = new TrajectoryWorld(this.context);
		this.world.delftBudget();
		this.pilot = this.world.contract(this.world.delft());
	}

	@Test
	void anOpenNominationIsWithdrawn() {
		UUID client = this.world.eligibleClient();
		UUID id = nominate(client);
		end(client, BenefitEndReason.MOVED);
		assertThat(this.trajectories.trajectory(this.world.consultant, id).status())
			.isEqualTo(TrajectoryStatus.WITHDRAWN);
	}

	@Test
	void aRunningTrajectoryEndsWithPaidWorkWhenTheBenefitEndedForWork() {
		UUID client = this.world.eligibleClient();
		UUID id = nominate(client);
		this.trajectories.answer(this.world.worker, id,
				new ProviderAnswer(true, TrajectoryWorld.NOMINATED, null, null));
		this.trajectories.start(this.world.worker, id, new TrajectoryStart(LocalDate.of(2006, 1, 9), null));
		end(client, BenefitEndReason.WORK);
		TrajectoryView trajectory = this.trajectories.trajectory(this.world.consultant, id);
		assertThat(trajectory.status()).isEqualTo(TrajectoryStatus.ENDED);
		assertThat(trajectory.outcome()).isEqualTo(Outcome.PAID_WORK);
		assertThat(trajectory.endedOn()).isEqualTo(END);
	}

	@Test
	void aRunningTrajectoryEndsAsMovedWhenTheClientMovedAwayAndTheEndIsPublished(Scenario scenario) {
		UUID client = this.world.eligibleClient();
		UUID id = nominate(client);
		this.trajectories.answer(this.world.worker, id,
				new ProviderAnswer(true, TrajectoryWorld.NOMINATED, null, null));
		this.trajectories.start(this.world.worker, id, new TrajectoryStart(LocalDate.of(2006, 1, 9), null));
		scenario.stimulate(() -> end(client, BenefitEndReason.MOVED))
			.andWaitForEventOfType(TrajectoryEnded.class)
			.matching(ended -> ended.trajectoryId().equals(id))
			.toArriveAndVerify(ended -> {
				assertThat(ended.outcome()).isEqualTo(Outcome.MOVED);
				assertThat(ended.endedOn()).isEqualTo(END);
				assertThat(ended.clientId()).isEqualTo(client);
			});
		assertThat(this.trajectories.trajectory(this.world.consultant, id).outcome()).isEqualTo(Outcome.MOVED);
	}

	@Test
	void otherReasonsEndItAsOther() {
		assertThat(Outcome.of(BenefitEndReason.DECEASED)).isEqualTo(Outcome.OTHER);
		assertThat(Outcome.of(BenefitEndReason.OTHER_INCOME)).isEqualTo(Outcome.OTHER);
		assertThat(Outcome.of(BenefitEndReason.OTHER)).isEqualTo(Outcome.OTHER);
	}

	private UUID nominate(UUID client) {
		return this.nominations
			.nominate(this.world.consultant, client, new Nomination(this.pilot.id(), TrajectoryWorld.NOMINATED, "Past"))
			.id();
	}

	private void end(UUID client, BenefitEndReason reason) {
		BenefitPeriodView period = this.benefits.periods(this.world.consultant, client).get(0);
		this.benefits.end(this.world.consultant, client, period.id(), new BenefitEnd(END, reason, period.version()));
	}

}

package nl.koers.trajectory;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import nl.koers.client.api.ClientFileSummaryPart;
import nl.koers.client.api.ClientRef;
import nl.koers.client.api.SummaryPartView;
import nl.koers.client.api.SummaryPartView.Line;
import nl.koers.identity.api.CurrentUser;
import nl.koers.trajectory.api.TrajectoryStatus;
import nl.koers.trajectory.api.TrajectoryView;

import org.springframework.stereotype.Component;

/**
 * The client's open trajectory (awaiting approval, nominated, accepted or started) on the
 * client file's summary. Read with the trajectories section's right, in one query.
 */
@Component
class TrajectorySummaryPart implements ClientFileSummaryPart {

	private static final Set<TrajectoryStatus> OPEN = EnumSet.of(TrajectoryStatus.AWAITING_APPROVAL,
			TrajectoryStatus.NOMINATED, TrajectoryStatus.ACCEPTED, TrajectoryStatus.STARTED);

	private final TrajectoryPolicy policy;

	private final TrajectoryStore trajectories;

	TrajectorySummaryPart(TrajectoryPolicy policy, TrajectoryStore trajectories) {
		this.policy = policy;
		this.trajectories = trajectories;
	}

	@Override
	public int order() {
		return 75;
	}

	@Override
	public Optional<SummaryPartView> summarize(CurrentUser user, ClientRef client) {
		if (!this.policy.mayNominate(user)) {
			return Optional.empty();
		}
		List<Line> lines = new ArrayList<>();
		for (TrajectoryStore.Row row : this.trajectories.ofClient(client.municipalityId(), client.id())) {
			TrajectoryView trajectory = row.view();
			if (OPEN.contains(trajectory.status())) {
				lines.add(Line
					.of(null, "file.trajectory", Objects.toString(trajectory.contractName(), ""),
							Objects.toString(trajectory.providerName(), ""))
					.withValue("trajectory.status." + trajectory.status())
					.linked("/trajectories/" + trajectory.id()));
			}
		}
		return Optional.of(new SummaryPartView("trajectory", "file.trajectory.title",
				"/clients/" + client.id() + "/trajectories", lines, "file.trajectory.none"));
	}

}

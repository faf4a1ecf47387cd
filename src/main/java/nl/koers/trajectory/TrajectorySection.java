package nl.koers.trajectory;

import java.util.UUID;

import nl.koers.client.api.ClientFileSection;
import nl.koers.identity.api.CurrentUser;

import org.springframework.stereotype.Component;

/**
 * The client's activation trajectories as a section of the client file.
 */
@Component
class TrajectorySection implements ClientFileSection {

	private final TrajectoryPolicy policy;

	TrajectorySection(TrajectoryPolicy policy) {
		this.policy = policy;
	}

	@Override
	public int order() {
		return 75;
	}

	@Override
	public String titleKey() {
		return "trajectory.section";
	}

	@Override
	public String path(UUID clientId) {
		return "/clients/" + clientId + "/trajectories";
	}

	@Override
	public boolean visibleTo(CurrentUser user) {
		return this.policy.mayNominate(user);
	}

}

package nl.koers.trajectory;

import java.util.UUID;

import nl.koers.client.api.ClientFileSection;

import org.springframework.stereotype.Component;

/**
 * The client's activation trajectories as a section of the client file.
 */
@Component
class TrajectorySection implements ClientFileSection {

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

}

package nl.koers.obligation;

import java.util.Arrays;
import java.util.Optional;

/**
 * The only two grounds on which a KP4 client may get a measure.
 */
enum MeasureGround {

	/**
	 * The client consistently refuses any conversation.
	 */
	REFUSES_CONVERSATION,

	/**
	 * The client broke, without valid reason, an agreement of a trajectory or a
	 * cost-bearing provision.
	 */
	BROKEN_TRAJECTORY_AGREEMENT;

	static Optional<MeasureGround> parse(String value) {
		return Arrays.stream(values()).filter(ground -> ground.name().equals(value)).findFirst();
	}

}

package nl.koers.system;

import java.util.UUID;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;

/**
 * Ids for new rows: UUID version 7 (RFC 9562), whose first bits are the time of creation.
 * Rows written together then sit together in every index keyed by their id or their
 * client's id, instead of each touching another page of a large index (random ids cost an
 * import at a million clients most of its time). Never for secrets or tokens: the time
 * part is predictable.
 */
public final class Ids {

	private static final TimeBasedEpochGenerator GENERATOR = Generators.timeBasedEpochGenerator();

	private Ids() {
	}

	public static UUID next() {
		return GENERATOR.generate();
	}

}

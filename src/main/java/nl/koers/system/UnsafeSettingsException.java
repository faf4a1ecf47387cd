package nl.koers.system;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Koers refuses to start: the risks named are unsafe in production and not accepted.
 */
public class UnsafeSettingsException extends RuntimeException {

	private final List<StartupRisk> risks;

	public UnsafeSettingsException(List<StartupRisk> risks) {
		super("Koers does not start with unsafe production settings: "
				+ risks.stream().map(StartupRisk::explain).collect(Collectors.joining(" ")));
		this.risks = List.copyOf(risks);
	}

	public List<StartupRisk> risks() {
		return this.risks;
	}

}

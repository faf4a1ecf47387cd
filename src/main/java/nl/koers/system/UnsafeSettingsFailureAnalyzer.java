package nl.koers.system;

import java.util.stream.Collectors;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Prints a refused start as Spring Boot's "APPLICATION FAILED TO START" report: one
 * paragraph per risk, then what to do.
 */
class UnsafeSettingsFailureAnalyzer extends AbstractFailureAnalyzer<UnsafeSettingsException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, UnsafeSettingsException cause) {
		String description = "Koers runs without the demo data (as in production), where these are unsafe:\n\n"
				+ cause.risks()
					.stream()
					.map(risk -> "[" + risk.name() + "] " + risk.problem())
					.collect(Collectors.joining("\n\n"));
		String action = cause.risks()
			.stream()
			.map(risk -> "[" + risk.name() + "] " + risk.remedy())
			.collect(Collectors.joining("\n\n"))
				+ "\n\nOnly where you accept a risk (a closed test network, for example), name it in "
				+ StartupRisk.ACCEPT_PROPERTY + " (comma-separated), such as " + StartupRisk.ACCEPT_PROPERTY + "="
				+ cause.risks().get(0).name() + ".";
		return new FailureAnalysis(description, action, cause);
	}

}

package nl.koers.conversation.api;

import java.util.Set;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * How a planned conversation went; a held conversation needs a summary, the life domains
 * discussed and the next step.
 */
public record AppointmentOutcomeReport(@NotNull AppointmentOutcome outcome, @Size(max = 4000) String summary,
		Set<LifeDomain> lifeDomains, @Size(max = 2000) String nextStep) {
}

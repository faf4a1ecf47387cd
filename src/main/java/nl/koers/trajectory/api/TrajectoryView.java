package nl.koers.trajectory.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.koers.client.api.Outcome;

/**
 * A trajectory as the caller may see it: {@code clientName} is empty when the caller may
 * not see who the client is (a provider without shared identity, a contract manager).
 */
public record TrajectoryView(UUID id, UUID contractId, String contractName, UUID providerId, String providerName,
		UUID clientId, String clientName, TrajectoryStatus status, LocalDate nominatedOn, String nominatedByName,
		String motivation, List<String> approvalRules, LocalDate startedOn, Integer phase, LocalDate phaseSince,
		List<String> phases, LocalDate endedOn, Outcome outcome, String outcomeNote, LocalDate aftercareUntil,
		LocalDate maximumEnd, LocalDate warningFrom, List<Step> steps, long version) {

	public String phaseName() {
		return this.phase == null || this.phase > this.phases.size() ? null : this.phases.get(this.phase - 1);
	}

	public boolean overdue(LocalDate today) {
		return this.status == TrajectoryStatus.STARTED && !today.isBefore(this.maximumEnd);
	}

	public boolean endingSoon(LocalDate today) {
		return this.status == TrajectoryStatus.STARTED && !overdue(today) && !today.isBefore(this.warningFrom);
	}

	public boolean inAftercare(LocalDate today) {
		return this.status == TrajectoryStatus.ENDED && this.aftercareUntil != null
				&& today.isBefore(this.aftercareUntil);
	}

	/**
	 * The same trajectory with the client's name as the reader may see it.
	 */
	public TrajectoryView withClientName(String name) {
		return new TrajectoryView(this.id, this.contractId, this.contractName, this.providerId, this.providerName,
				this.clientId, name, this.status, this.nominatedOn, this.nominatedByName, this.motivation,
				this.approvalRules, this.startedOn, this.phase, this.phaseSince, this.phases, this.endedOn,
				this.outcome, this.outcomeNote, this.aftercareUntil, this.maximumEnd, this.warningFrom, this.steps,
				this.version);
	}

	/**
	 * The same trajectory without any free text about the client: no motivation of the
	 * nomination, no note on the outcome and no note on any step (the provider's reports,
	 * reasons of a refusal, a withdrawal or an approval). For readers who see
	 * trajectories without who the client is (a contract manager): the counts, dates,
	 * statuses, phases, outcome codes, contract and provider stay.
	 */
	public TrajectoryView withoutFreeText() {
		return new TrajectoryView(this.id, this.contractId, this.contractName, this.providerId, this.providerName,
				this.clientId, null, this.status, this.nominatedOn, this.nominatedByName, null, this.approvalRules,
				this.startedOn, this.phase, this.phaseSince, this.phases, this.endedOn, this.outcome, null,
				this.aftercareUntil, this.maximumEnd, this.warningFrom,
				this.steps.stream()
					.map(step -> new Step(step.kind(), step.occurredOn(), step.phase(), step.outcome(), null,
							step.authorName(), step.recordedAt()))
					.toList(),
				this.version);
	}

	/**
	 * One step: what, on which day, for which phase, with which outcome or note, by whom.
	 */
	public record Step(StepKind kind, LocalDate occurredOn, Integer phase, Outcome outcome, String note,
			String authorName, Instant recordedAt) {
	}

}

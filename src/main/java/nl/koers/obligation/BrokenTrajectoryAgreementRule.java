package nl.koers.obligation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.koers.obligation.MeasureFacts.BrokenAgreement;

import org.springframework.stereotype.Component;

/**
 * A measure for a broken agreement rests on an agreement of a trajectory or cost-bearing
 * provision that the client broke without valid reason: the one named, or else the
 * latest.
 */
@Component
class BrokenTrajectoryAgreementRule implements MeasureRule {

	private final MeasureFacts facts;

	BrokenTrajectoryAgreementRule(MeasureFacts facts) {
		this.facts = facts;
	}

	@Override
	public MeasureGround ground() {
		return MeasureGround.BROKEN_TRAJECTORY_AGREEMENT;
	}

	@Override
	public Verdict check(UUID clientId, UUID agreementId, LocalDate today) {
		List<BrokenAgreement> broken = this.facts.brokenAgreements(clientId);
		Optional<BrokenAgreement> backing = agreementId == null ? broken.stream().reduce((first, second) -> second)
				: broken.stream().filter(agreement -> agreement.agreementId().equals(agreementId)).findFirst();
		return backing
			.map(agreement -> Verdict.backedBy(new Message("measure.backing.brokenAgreement", agreement.brokenOn(),
					agreement.description() == null ? "" : agreement.description()), agreement.agreementId()))
			.orElseGet(() -> Verdict.refused(List.of(new Message(agreementId == null
					? "measure.refused.noBrokenAgreement" : "measure.refused.agreementDoesNotQualify"))));
	}

}

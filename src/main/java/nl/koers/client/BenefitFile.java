package nl.koers.client;

import java.util.List;
import java.util.UUID;

import nl.koers.client.api.BenefitPeriodView;
import nl.koers.client.api.NonBenefitGroup;

/**
 * The benefit section of a client file: the periods, latest first.
 */
record BenefitFile(UUID clientId, String clientName, NonBenefitGroup withoutBenefit, List<BenefitPeriodView> periods,
		boolean mayChange) {

	BenefitPeriodView running() {
		return this.periods.stream().filter(BenefitPeriodView::open).findFirst().orElse(null);
	}

}

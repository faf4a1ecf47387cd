package nl.koers.client;

import java.util.List;
import java.util.UUID;

import nl.koers.client.api.BenefitPeriodView;
import nl.koers.client.api.NonBenefitGroup;

/**
 * The benefit section of a client file: the periods, latest first, and the one that runs
 * now ({@code null} when none runs).
 */
record BenefitFile(UUID clientId, String clientName, NonBenefitGroup withoutBenefit, List<BenefitPeriodView> periods,
		BenefitPeriodView running, boolean mayChange) {

	static BenefitFile of(UUID clientId, String clientName, NonBenefitGroup withoutBenefit,
			List<BenefitPeriodView> periods, boolean mayChange) {
		return new BenefitFile(clientId, clientName, withoutBenefit, periods,
				periods.stream().filter(BenefitPeriodView::open).findFirst().orElse(null), mayChange);
	}

}

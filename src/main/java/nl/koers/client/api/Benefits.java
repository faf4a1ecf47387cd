package nl.koers.client.api;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.koers.identity.api.CurrentUser;

/**
 * A client's benefit periods, as the income administration knows them. Reading asks the
 * client read rules; starting and ending a benefit only the case lead or a coordinator.
 * An ended period is final: a wrong end is not corrected here but by a new period that
 * starts on the day the benefit really continued.
 */
public interface Benefits {

	/**
	 * The client's benefit periods, latest first.
	 */
	List<BenefitPeriodView> periods(CurrentUser user, UUID clientId);

	/**
	 * Records a benefit that starts; refused while another runs or when it would start
	 * before an earlier one ended or before the date of birth.
	 */
	BenefitPeriodView start(CurrentUser user, UUID clientId, @Valid NewBenefitPeriod period);

	/**
	 * Ends the client's running benefit; publishes {@link BenefitEnded}. Refused for a
	 * period that has ended already, an end date in the future, or not after the start.
	 */
	BenefitPeriodView end(CurrentUser user, UUID clientId, UUID periodId, @Valid BenefitEnd end);

}

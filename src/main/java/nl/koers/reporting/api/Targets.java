package nl.koers.reporting.api;

import java.util.UUID;

import nl.koers.identity.api.CurrentUser;

/**
 * The targets of a municipality.
 */
public interface Targets {

	/**
	 * Sets a target for the user's municipality (managers); refused when the route and
	 * the days do not fit the measure, the period is reversed or longer than ten years,
	 * or a percentage is above 100.
	 */
	UUID set(CurrentUser user, NewTarget target);

}

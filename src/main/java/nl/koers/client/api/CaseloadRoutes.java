package nl.koers.client.api;

import java.util.List;

/**
 * The routes the caseload can show and filter on, implemented by {@code route} so that
 * {@code client} knows neither the routes nor their names.
 */
public interface CaseloadRoutes {

	/**
	 * Every route in the order the filter offers them.
	 */
	List<Option> routes();

	/**
	 * A route's code as {@link CaseloadColumns#route} stores it and the message key of
	 * its name.
	 */
	record Option(String code, String labelKey) {
	}

}

package nl.koers.client.api;

import java.util.List;
import java.util.Set;

/**
 * What a module contributes to a client's timeline, without the client module knowing
 * that module. The timeline has already checked access to the client and logged the read
 * when it asks; a source returns everything it holds about the client.
 */
public interface TimelineSource {

	/**
	 * The kinds of entry this source gives, for the timeline's filter.
	 */
	Set<String> kinds();

	List<TimelineEntry> entries(ClientRef client);

}

package nl.koers.route;

import java.util.List;

import nl.koers.privacy.api.ClientRecords;
import nl.koers.privacy.api.ClientTable;
import nl.koers.privacy.api.RecordKind;

import org.springframework.stereotype.Component;

/**
 * What {@code route} stores about a client: the route events stay for the reports with
 * their free-text reasons cleared (an outflow's reason is a code and stays: the trigger
 * of V63 keeps it), and the route periods stay as they are: the route report and the
 * flows count them.
 */
@Component
class RouteClientRecords implements ClientRecords {

	@Override
	public List<ClientTable> tables() {
		return List.of(ClientTable.anonymise("route_event", "client_id = ?", RecordKind.DECISIONS, "reason"),
				ClientTable.keep("route_period", "client_id = ?", RecordKind.FILE));
	}

}

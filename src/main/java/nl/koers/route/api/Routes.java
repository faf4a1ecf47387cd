package nl.koers.route.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.RefusedException;

/**
 * Profile decisions, route changes, reviews and handovers of KP4 clients. Every change is
 * a new recorded event; the history it would make is checked as a whole before it is
 * accepted, so back-dated changes and corrections cannot make it impossible. A change
 * that alters the client's route periods publishes {@link RoutePeriodsChanged}.
 */
public interface Routes {

	/**
	 * Records a profile decision (KP4 puts the client on the route
	 * {@link Route#INVESTIGATION} from that date); only the case lead or a coordinator.
	 * With {@link ProfileDecision#corrects()}, it replaces an earlier decision.
	 */
	HistoryEntry decideProfile(CurrentUser user, UUID clientId, @Valid ProfileDecision decision);

	/**
	 * Records a change of route; {@link Route#REST} needs the end of the rest period.
	 * Only the case lead or a coordinator.
	 */
	HistoryEntry changeRoute(CurrentUser user, UUID clientId, @Valid RouteChange change);

	/**
	 * Hands a client on the route {@link Route#TOWARDS_KP3} over to the partner
	 * organisation, which ends the KP4 route on that date.
	 */
	HistoryEntry handOver(CurrentUser user, UUID clientId, @Valid Handover handover);

	/**
	 * Records the case lead's review; changing the route records the route change too.
	 */
	HistoryEntry review(CurrentUser user, UUID clientId, @Valid Review review);

	/**
	 * The clients of a municipality on a KP4 route on a date, for a selection such as a
	 * screening campaign; the caller applies its own access rules.
	 */
	List<UUID> clientsInKp4(UUID municipalityId, LocalDate date);

	/**
	 * The client's KP4 route on a date, empty when the client is not KP4 then; the caller
	 * has checked access to the client.
	 */
	Optional<Route> routeOn(UUID clientId, LocalDate date);

	/**
	 * How many clients of a municipality left KP4 from {@code from} to {@code until}
	 * (both inclusive), by the way they left; counts only, for reports that check their
	 * own access rules.
	 */
	Kp4Exits exits(UUID municipalityId, LocalDate from, LocalDate until);

	/**
	 * The route of every client of a municipality who is on a KP4 route on a date, for
	 * counts such as households; the caller applies its own access rules.
	 */
	Map<UUID, Route> routesOn(UUID municipalityId, LocalDate date);

	/**
	 * Records the profiles of one batch of an import, for the clients whose profile on
	 * that date is another (a client already with that profile is left alone): a profile
	 * decision like one by hand, authored by the importer. Called by {@code dataimport}
	 * inside its checked import step. The result names the clients whose decision would
	 * not fit their history, with the reason; nothing is recorded for them.
	 */
	Map<UUID, RefusedException.Reason> importProfiles(CurrentUser importer, List<ImportedProfile> profiles);

	/**
	 * What an institution worker may see of the client's route (the data category
	 * {@code ROUTE}): the profile, the current route and the periods, without the reasons
	 * or notes the consultant recorded. Passes {@code ClientAccess.readShared}, which
	 * logs the read and answers 404 unless the worker's organisation may see the route
	 * today.
	 */
	SharedRoute sharedRoute(CurrentUser worker, UUID clientId);

}

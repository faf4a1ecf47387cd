package nl.koers.screening;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.koers.identity.api.CurrentUser;
import nl.koers.route.api.Route;
import nl.koers.screening.api.CampaignView;
import nl.koers.screening.api.ItemStatus;
import nl.koers.screening.api.NewCampaign;
import nl.koers.screening.api.ScreeningItem;
import nl.koers.screening.api.ScreeningOutcome;
import nl.koers.screening.api.ScreeningResult;
import nl.koers.system.SqlRows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Campaigns and their selected clients, in plain SQL; items are paged by client id.
 */
@Repository
class ScreeningStore {

	/**
	 * A campaign with its progress, read from the counters that {@link #start} and
	 * {@link #record} keep, so that no request counts the selected clients.
	 */
	private static final String CAMPAIGN = """
			select c.id, c.name, c.selection_date, c.started_by_name, c.started_at, c.closed_at,
			       c.total, c.no_change, c.possibly_kp3, c.other_route_advised
			from screening_campaign c
			""";

	private final JdbcClient jdbc;

	ScreeningStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	UUID start(CurrentUser coordinator, NewCampaign campaign, List<UUID> clients, Instant now) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("insert into screening_campaign (id, municipality_id, name, selection_date, started_by_id, "
					+ "started_by_name, started_at) values (?, ?, ?, ?, ?, ?, ?)")
			.params(id, coordinator.municipalityId(), campaign.name().strip(), campaign.selectionDate(),
					coordinator.id(), coordinator.displayName(), Timestamp.from(now))
			.update();
		int total = this.jdbc
			.sql("insert into screening_item (campaign_id, client_id) "
					+ "select ?, client_id from unnest(cast(? as uuid[])) as selected (client_id)")
			.params(id, clients.stream().map(UUID::toString).toArray(String[]::new))
			.update();
		this.jdbc.sql("update screening_campaign set total = ? where id = ?").params(total, id).update();
		return id;
	}

	List<CampaignView> campaigns(UUID municipalityId) {
		return this.jdbc.sql(CAMPAIGN + "where c.municipality_id = ?" + " order by c.started_at desc, c.id")
			.param(municipalityId)
			.query(ScreeningStore::campaign)
			.list();
	}

	Optional<CampaignView> find(UUID municipalityId, UUID id) {
		return this.jdbc.sql(CAMPAIGN + "where c.municipality_id = ? and c.id = ?")
			.params(municipalityId, id)
			.query(ScreeningStore::campaign)
			.optional();
	}

	List<ScreeningItem> items(UUID campaignId, List<UUID> onlyClients, ItemStatus status, UUID after, int limit) {
		StringBuilder sql = new StringBuilder("select client_id, outcome, advised_route, note, examined_by_name, "
				+ "examined_at from screening_item where campaign_id = ?");
		List<Object> args = new ArrayList<>(List.of(campaignId));
		if (onlyClients != null) {
			sql.append(" and client_id = any(cast(? as uuid[]))");
			args.add(onlyClients.stream().map(UUID::toString).toArray(String[]::new));
		}
		if (status != null) {
			sql.append(status == ItemStatus.TO_DO ? " and outcome is null" : " and outcome is not null");
		}
		if (after != null) {
			sql.append(" and client_id > ?");
			args.add(after);
		}
		sql.append(" order by client_id limit ?");
		args.add(limit);
		return this.jdbc.sql(sql.toString()).params(args).query(ScreeningStore::item).list();
	}

	boolean contains(UUID campaignId, UUID clientId) {
		return this.jdbc.sql("select count(*) from screening_item where campaign_id = ? and client_id = ?")
			.params(campaignId, clientId)
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * Records (or replaces) an outcome and moves the campaign's counters from the outcome
	 * it replaces (read under a row lock, so concurrent recorders stay exact) to the new
	 * one, in the caller's transaction.
	 */
	void record(UUID campaignId, UUID clientId, ScreeningResult form, CurrentUser examiner, Instant now) {
		List<Optional<String>> replaced = this.jdbc
			.sql("select outcome from screening_item where campaign_id = ? and client_id = ? for update")
			.params(campaignId, clientId)
			.query((rs, n) -> Optional.ofNullable(rs.getString(1)))
			.list();
		this.jdbc
			.sql("update screening_item set outcome = ?, advised_route = ?, note = ?, examined_by_id = ?, "
					+ "examined_by_name = ?, examined_at = ? where campaign_id = ? and client_id = ?")
			.params(form.outcome().name(), form.advisedRoute() == null ? null : form.advisedRoute().name(), form.note(),
					examiner.id(), examiner.displayName(), Timestamp.from(now), campaignId, clientId)
			.update();
		String outcome = form.outcome().name();
		String previous = replaced.isEmpty() ? outcome : replaced.get(0).orElse(null);
		if (outcome.equals(previous)) {
			return;
		}
		this.jdbc
			.sql("update screening_campaign set no_change = no_change + ?, possibly_kp3 = possibly_kp3 + ?, "
					+ "other_route_advised = other_route_advised + ? where id = ?")
			.params(delta(ScreeningOutcome.NO_CHANGE, previous, outcome),
					delta(ScreeningOutcome.POSSIBLY_KP3, previous, outcome),
					delta(ScreeningOutcome.OTHER_ROUTE_ADVISED, previous, outcome), campaignId)
			.update();
	}

	private static int delta(ScreeningOutcome counted, String previous, String outcome) {
		return (counted.name().equals(outcome) ? 1 : 0) - (counted.name().equals(previous) ? 1 : 0);
	}

	ScreeningItem item(UUID campaignId, UUID clientId) {
		return this.jdbc
			.sql("select client_id, outcome, advised_route, note, examined_by_name, examined_at from screening_item "
					+ "where campaign_id = ? and client_id = ?")
			.params(campaignId, clientId)
			.query(ScreeningStore::item)
			.single();
	}

	void close(UUID campaignId, Instant now) {
		this.jdbc.sql("update screening_campaign set closed_at = ? where id = ?")
			.params(Timestamp.from(now), campaignId)
			.update();
	}

	private static CampaignView campaign(ResultSet rs, int row) throws SQLException {
		Map<ScreeningOutcome, Integer> outcomes = new EnumMap<>(ScreeningOutcome.class);
		for (ScreeningOutcome outcome : ScreeningOutcome.values()) {
			outcomes.put(outcome, rs.getInt(outcome.name().toLowerCase(Locale.ROOT)));
		}
		int total = rs.getInt("total");
		int examined = outcomes.values().stream().mapToInt(Integer::intValue).sum();
		return new CampaignView(rs.getObject("id", UUID.class), rs.getString("name"),
				rs.getObject("selection_date", LocalDate.class), rs.getString("started_by_name"),
				SqlRows.instant(rs, "started_at"), SqlRows.instant(rs, "closed_at"), total, examined, total - examined,
				outcomes);
	}

	private static ScreeningItem item(ResultSet rs, int row) throws SQLException {
		String outcome = rs.getString("outcome");
		String route = rs.getString("advised_route");
		return new ScreeningItem(rs.getObject("client_id", UUID.class), null,
				outcome == null ? null : ScreeningOutcome.valueOf(outcome), route == null ? null : Route.valueOf(route),
				rs.getString("note"), rs.getString("examined_by_name"), SqlRows.instant(rs, "examined_at"));
	}

}

package nl.koers.trajectory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.koers.client.api.Outcome;
import nl.koers.contract.api.ContractTrajectories;
import nl.koers.contract.api.RunningTrajectory;
import nl.koers.contract.api.TrajectoryCounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The trajectories under contracts as the contract module counts them, in SQL from the
 * dates on the trajectory rows and, for declined, withdrawn and not approved nominations,
 * the date of that step, so that an earlier reference date gives the earlier picture.
 */
@Repository
class ContractTrajectoryStore implements ContractTrajectories {

	private static final String RUNNING = "t.started_on <= :date and (t.ended_on is null or t.ended_on > :date)";

	private static final String MAXIMUM_END = "(t.started_on + make_interval(months => c.max_months))::date";

	private static final String COUNTS = """
			select t.contract_id,
			    count(t.id) filter (where t.nominated_on <= :date
			        and (closed.closed_on is null or closed.closed_on > :date)) as used,
			    count(t.id) filter (where t.nominated_on <= :date and (t.started_on is null or t.started_on > :date)
			        and (closed.closed_on is null or closed.closed_on > :date)) as waiting,
			    count(t.id) filter (where %1$s) as running,
			    count(t.id) filter (where %1$s and %2$s <= :date) as overdue,
			    count(t.id) filter (where %1$s and %2$s > :date and %2$s - c.warning_days <= :date) as ending_soon,
			    count(t.id) filter (where t.ended_on <= :date and t.aftercare_until > :date) as in_aftercare,
			    coalesce(sum(t.ended_on - t.started_on) filter (where t.ended_on <= :date), 0) as ended_days,
			    count(t.id) filter (where closed.closed_on <= :date and t.status = 'DECLINED') as declined,
			    count(t.id) filter (where closed.closed_on <= :date and t.status = 'WITHDRAWN') as withdrawn,
			    count(t.id) filter (where closed.closed_on <= :date and t.status = 'NOT_APPROVED') as not_approved
			from trajectory t
			join contract c on c.id = t.contract_id
			left join lateral (
			    select min(e.occurred_on) as closed_on from trajectory_event e
			    where e.trajectory_id = t.id and e.kind in ('DECLINED', 'WITHDRAWN', 'NOT_APPROVED')
			) closed on true
			where t.municipality_id = :municipality and (cast(:contract as uuid) is null or t.contract_id = :contract)
			group by t.contract_id
			""".formatted(RUNNING, MAXIMUM_END);

	private final JdbcClient jdbc;

	ContractTrajectoryStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<UUID, Integer> placesUsed(Collection<UUID> contractIds) {
		Map<UUID, Integer> used = new HashMap<>();
		if (contractIds.isEmpty()) {
			return used;
		}
		this.jdbc.sql("""
				select contract_id, count(*) as used from trajectory
				where contract_id in (:contracts)
				and status in ('AWAITING_APPROVAL', 'NOMINATED', 'ACCEPTED', 'STARTED', 'ENDED')
				group by contract_id
				""")
			.param("contracts", contractIds)
			.query((rs, row) -> used.put(rs.getObject("contract_id", UUID.class), rs.getInt("used")))
			.list();
		return used;
	}

	@Override
	public Map<UUID, TrajectoryCounts> counts(UUID municipalityId, UUID contractId, LocalDate date) {
		Map<UUID, Map<Outcome, Integer>> ended = ended(municipalityId, contractId, date);
		Map<UUID, TrajectoryCounts> counts = new LinkedHashMap<>();
		this.jdbc.sql(COUNTS)
			.param("date", date)
			.param("municipality", municipalityId)
			.param("contract", contractId)
			.query((rs, row) -> counts.put(rs.getObject("contract_id", UUID.class), counts(rs, ended)))
			.list();
		return counts;
	}

	@Override
	public List<RunningTrajectory> nearOrPastMaximum(UUID municipalityId, UUID contractId, LocalDate date) {
		return this.jdbc
			.sql("""
					select t.id, t.client_id, t.started_on, %2$s as maximum_end, u.display_name as nominated_by_name,
					    (select p.name from trajectory_event e join contract_phase p on p.contract_id = c.id and p.number = e.phase
					     where e.trajectory_id = t.id and e.kind in ('STARTED', 'PHASE') and e.occurred_on <= :date
					     order by e.occurred_on desc, e.recorded_at desc limit 1) as phase_name
					from trajectory t
					join contract c on c.id = t.contract_id
					join app_user u on u.id = t.nominated_by
					where t.municipality_id = :municipality and t.contract_id = :contract
					and %1$s and %2$s - c.warning_days <= :date
					order by t.started_on, t.id
					"""
				.formatted(RUNNING, MAXIMUM_END))
			.param("date", date)
			.param("municipality", municipalityId)
			.param("contract", contractId)
			.query((rs, row) -> new RunningTrajectory(rs.getObject("id", UUID.class),
					rs.getObject("client_id", UUID.class), rs.getObject("started_on", LocalDate.class),
					rs.getObject("maximum_end", LocalDate.class), rs.getString("phase_name"),
					rs.getString("nominated_by_name")))
			.list();
	}

	private Map<UUID, Map<Outcome, Integer>> ended(UUID municipalityId, UUID contractId, LocalDate date) {
		Map<UUID, Map<Outcome, Integer>> ended = new LinkedHashMap<>();
		this.jdbc.sql("""
				select t.contract_id, t.outcome, count(*) as ended from trajectory t
				where t.municipality_id = :municipality and t.ended_on <= :date
				and (cast(:contract as uuid) is null or t.contract_id = :contract)
				group by t.contract_id, t.outcome
				""")
			.param("municipality", municipalityId)
			.param("contract", contractId)
			.param("date", date)
			.query((rs, row) -> ended
				.computeIfAbsent(rs.getObject("contract_id", UUID.class), id -> new EnumMap<>(Outcome.class))
				.put(Outcome.valueOf(rs.getString("outcome")), rs.getInt("ended")))
			.list();
		return ended;
	}

	private static TrajectoryCounts counts(ResultSet rs, Map<UUID, Map<Outcome, Integer>> ended) throws SQLException {
		UUID id = rs.getObject("contract_id", UUID.class);
		return new TrajectoryCounts(rs.getInt("used"), rs.getInt("waiting"), rs.getInt("running"), rs.getInt("overdue"),
				rs.getInt("ending_soon"), ended.getOrDefault(id, Map.of()), rs.getInt("in_aftercare"),
				rs.getLong("ended_days"), rs.getInt("declined"), rs.getInt("withdrawn"), rs.getInt("not_approved"));
	}

}

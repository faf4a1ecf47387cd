package nl.koers.trajectory;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The monitoring figures of contracts counted in SQL from the dates on the trajectory
 * rows and, for declined, withdrawn and not approved nominations, the date of that step,
 * so that an earlier reference date gives the earlier picture.
 */
@Repository
class MonitoringStore {

	private static final String RUNNING = "t.started_on <= :date and (t.ended_on is null or t.ended_on > :date)";

	private static final String MAXIMUM_END = "(t.started_on + make_interval(months => c.max_months))::date";

	private static final String TALLY = """
			select c.id, c.name, c.lot, c.provider_id, o.name as provider_name, c.places,
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
			from contract c
			join map_organisation o on o.id = c.provider_id
			left join trajectory t on t.contract_id = c.id
			left join lateral (
			    select min(e.occurred_on) as closed_on from trajectory_event e
			    where e.trajectory_id = t.id and e.kind in ('DECLINED', 'WITHDRAWN', 'NOT_APPROVED')
			) closed on true
			where c.municipality_id = :municipality and (cast(:contract as uuid) is null or c.id = :contract)
			group by c.id, o.name
			order by o.name, c.name, c.lot, c.created_at
			""".formatted(RUNNING, MAXIMUM_END);

	private final JdbcClient jdbc;

	MonitoringStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A contract's counts on the reference date, without its money.
	 */
	record ContractTally(UUID id, String name, String lot, UUID providerId, String providerName, Tally tally) {
	}

	/**
	 * Who runs over or nears the maximum duration on the reference date, with the phase
	 * they were in then.
	 */
	record Running(UUID id, UUID clientId, LocalDate startedOn, LocalDate maximumEnd, String phaseName,
			String nominatedByName) {
	}

	/**
	 * The municipality's contracts, by provider; only the one given when
	 * {@code contractId} is set.
	 */
	List<ContractTally> contracts(UUID municipalityId, UUID contractId, LocalDate date) {
		Map<UUID, Map<Outcome, Integer>> ended = ended(municipalityId, contractId, date);
		return this.jdbc.sql(TALLY)
			.param("date", date)
			.param("municipality", municipalityId)
			.param("contract", contractId)
			.query((rs, row) -> tally(rs, ended))
			.list();
	}

	/**
	 * The contract's trajectories that on the reference date run past, or within the
	 * warning days of, their maximum end, longest running first.
	 */
	List<Running> nearOrPastMaximum(UUID municipalityId, UUID contractId, LocalDate date) {
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
			.query((rs, row) -> new Running(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
					rs.getObject("started_on", LocalDate.class), rs.getObject("maximum_end", LocalDate.class),
					rs.getString("phase_name"), rs.getString("nominated_by_name")))
			.list();
	}

	boolean exists(UUID municipalityId, UUID contractId) {
		return this.jdbc.sql("select exists (select 1 from contract where id = ? and municipality_id = ?)")
			.params(contractId, municipalityId)
			.query(Boolean.class)
			.single();
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
			.query((rs, row) -> ended.computeIfAbsent(rs.getObject("contract_id", UUID.class), id -> Tally.noOutcomes())
				.put(Outcome.valueOf(rs.getString("outcome")), rs.getInt("ended")))
			.list();
		return ended;
	}

	private static ContractTally tally(ResultSet rs, Map<UUID, Map<Outcome, Integer>> ended) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		Tally tally = new Tally(rs.getInt("places"), rs.getInt("used"), rs.getInt("waiting"), rs.getInt("running"),
				rs.getInt("overdue"), rs.getInt("ending_soon"),
				new EnumMap<>(ended.getOrDefault(id, Tally.noOutcomes())), rs.getInt("in_aftercare"),
				rs.getLong("ended_days"), rs.getInt("declined"), rs.getInt("withdrawn"), rs.getInt("not_approved"),
				BigDecimal.ZERO, BigDecimal.ZERO);
		return new ContractTally(id, rs.getString("name"), rs.getString("lot"), rs.getObject("provider_id", UUID.class),
				rs.getString("provider_name"), tally);
	}

}

package nl.koers.coordination;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Advice requests and signals counted per month in plain SQL, for
 * {@link CoordinationFigureService}; months are those of Europe/Amsterdam.
 */
@Repository
class CoordinationFigureStore {

	private final JdbcClient jdbc;

	CoordinationFigureStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A count per month, with the median days it took where that applies.
	 */
	record Counted(long count, BigDecimal medianDays) {
	}

	Map<LocalDate, Counted> adviceReceived(UUID municipalityId, Instant from, Instant until) {
		return perMonth("""
				select date_trunc('month', asked_at at time zone 'Europe/Amsterdam')::date as month,
				       count(*) as count, null as median
				from advice_request where municipality_id = ? and asked_at >= ? and asked_at < ?
				group by 1""", municipalityId, from, until);
	}

	Map<LocalDate, Counted> adviceAnswered(UUID municipalityId, Instant from, Instant until) {
		return perMonth("""
				select date_trunc('month', answered_at at time zone 'Europe/Amsterdam')::date as month,
				       count(*) as count,
				       round(percentile_cont(0.5) within group
				           (order by extract(epoch from answered_at - asked_at) / 86400)::numeric, 1) as median
				from advice_request where municipality_id = ? and answered_at >= ? and answered_at < ?
				group by 1""", municipalityId, from, until);
	}

	Map<LocalDate, Counted> signalsReceived(UUID municipalityId, Instant from, Instant until) {
		return perMonth("""
				select date_trunc('month', raised_at at time zone 'Europe/Amsterdam')::date as month,
				       count(*) as count, null as median
				from coordination_signal where municipality_id = ? and raised_at >= ? and raised_at < ?
				group by 1""", municipalityId, from, until);
	}

	Map<LocalDate, Counted> signalsAnswered(UUID municipalityId, Instant from, Instant until) {
		return perMonth("""
				select date_trunc('month', first_at at time zone 'Europe/Amsterdam')::date as month,
				       count(*) as count,
				       round(percentile_cont(0.5) within group
				           (order by extract(epoch from first_at - raised_at) / 86400)::numeric, 1) as median
				from (select s.raised_at, min(f.recorded_at) as first_at
				      from coordination_signal s join coordination_follow_up f on f.signal_id = s.id
				      where s.municipality_id = ?
				      group by s.id, s.raised_at) answered
				where first_at >= ? and first_at < ?
				group by 1""", municipalityId, from, until);
	}

	private Map<LocalDate, Counted> perMonth(String sql, UUID municipalityId, Instant from, Instant until) {
		Map<LocalDate, Counted> months = new HashMap<>();
		this.jdbc.sql(sql)
			.params(municipalityId, Timestamp.from(from), Timestamp.from(until))
			.query((rs, row) -> months.put(rs.getObject("month", LocalDate.class),
					new Counted(rs.getLong("count"), rs.getBigDecimal("median"))))
			.list();
		return months;
	}

}

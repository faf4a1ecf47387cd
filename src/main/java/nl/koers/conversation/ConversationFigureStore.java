package nl.koers.conversation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.koers.conversation.api.ConversationFigures.HeldCount;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Held conversations counted in plain SQL, for {@link ConversationFigureService}: held
 * appointments and contacts not refused, each read from its partial index by municipality
 * and time (migration V47), so that a count never reads a summary.
 */
@Repository
class ConversationFigureStore {

	private final JdbcClient jdbc;

	ConversationFigureStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<HeldCount> heldPerMonth(UUID municipalityId, LocalDate from, LocalDate until) {
		return this.jdbc.sql("""
				select consultant_id, month, count(*) as count from (
				    select consultant_id, date_trunc('month', planned_at)::date as month from appointment
				    where municipality_id = ? and status = 'HELD' and planned_at >= ? and planned_at < ?
				    union all
				    select author_id, date_trunc('month', occurred_at)::date from contact
				    where municipality_id = ? and not refused and occurred_at >= ? and occurred_at < ?) held
				group by consultant_id, month""")
			.params(municipalityId, from.atStartOfDay(), until.plusDays(1).atStartOfDay(), municipalityId,
					from.atStartOfDay(), until.plusDays(1).atStartOfDay())
			.query((rs, row) -> new HeldCount(rs.getObject("consultant_id", UUID.class),
					rs.getObject("month", LocalDate.class), rs.getLong("count")))
			.list();
	}

	Map<UUID, LocalDate> lastHeld(UUID municipalityId, LocalDate until) {
		Map<UUID, LocalDate> last = new HashMap<>();
		this.jdbc.sql("""
				select coalesce(a.client_id, c.client_id) as client_id, greatest(a.day, c.day) as day
				from (select client_id, max(planned_at)::date as day from appointment
				      where municipality_id = ? and status = 'HELD' and planned_at < ?
				      group by client_id) a
				full join (select client_id, max(occurred_at)::date as day from contact
				           where municipality_id = ? and not refused and occurred_at < ?
				           group by client_id) c on c.client_id = a.client_id""")
			.params(municipalityId, until.plusDays(1).atStartOfDay(), municipalityId, until.plusDays(1).atStartOfDay())
			.query((rs, row) -> last.put(rs.getObject("client_id", UUID.class), rs.getObject("day", LocalDate.class)))
			.list();
		return last;
	}

}

package nl.koers.reporting;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.koers.client.api.Outcome;
import nl.koers.referral.api.ReferralEnded;
import nl.koers.reporting.EngagementPeriods.Source;
import nl.koers.route.api.RoutePeriodsChanged;
import nl.koers.route.api.RoutePeriodsImported;
import nl.koers.trajectory.api.TrajectoryEnded;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code client_outcome}: the coded outcome of every end of a trajectory, a
 * referral or a KP4 route period, from those modules' events.
 */
@Component
class OutcomeFacts {

	private static final String INSERT = """
			insert into client_outcome (source, source_id, reached_on, municipality_id, client_id, outcome)
			values (?, ?, ?, ?, ?, ?)
			on conflict (source, source_id, reached_on) do update set outcome = excluded.outcome""";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	OutcomeFacts(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/**
	 * A client's route outcomes as the periods now give them, so that a correction or a
	 * back-dated change takes the outcome of the period it changed along.
	 */
	@ApplicationModuleListener
	void on(RoutePeriodsChanged change) {
		routes(change.municipalityId(), List.of(change));
	}

	@ApplicationModuleListener
	void on(RoutePeriodsImported imported) {
		routes(imported.municipalityId(), imported.changes());
	}

	private void routes(UUID municipalityId, List<RoutePeriodsChanged> changes) {
		this.jdbc.sql("delete from client_outcome where source = 'ROUTE' and source_id = any (?)")
			.param(changes.stream().map(RoutePeriodsChanged::clientId).toArray(UUID[]::new))
			.update();
		List<Object[]> rows = new ArrayList<>();
		for (RoutePeriodsChanged change : changes) {
			change.after()
				.stream()
				.filter(period -> period.until() != null && period.outcome() != null)
				.forEach(period -> rows.add(new Object[] { Source.ROUTE.name(), change.clientId(),
						Date.valueOf(period.until()), municipalityId, change.clientId(), period.outcome().name() }));
		}
		if (!rows.isEmpty()) {
			this.template.batchUpdate(INSERT, rows);
		}
	}

	@ApplicationModuleListener
	void on(TrajectoryEnded ended) {
		record(Source.TRAJECTORY, ended.trajectoryId(), ended.endedOn(), ended.municipalityId(), ended.clientId(),
				ended.outcome());
	}

	@ApplicationModuleListener
	void on(ReferralEnded ended) {
		if (ended.outcome() != null) {
			record(Source.REFERRAL, ended.referralId(), ended.endedOn(), ended.municipalityId(), ended.clientId(),
					ended.outcome());
		}
	}

	private void record(Source source, UUID sourceId, LocalDate on, UUID municipalityId, UUID clientId,
			Outcome outcome) {
		this.jdbc.sql(INSERT).params(source.name(), sourceId, on, municipalityId, clientId, outcome.name()).update();
	}

}

package nl.koers.reporting;

import java.time.LocalDate;
import java.util.UUID;

import nl.koers.client.api.Outcome;
import nl.koers.referral.api.ReferralEnded;
import nl.koers.reporting.EngagementPeriods.Source;
import nl.koers.trajectory.api.TrajectoryEnded;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code client_outcome}: the coded outcome of every end of a trajectory, a
 * referral or a KP4 route period, from those modules' events.
 */
@Component
class OutcomeFacts {

	private final JdbcClient jdbc;

	OutcomeFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
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
		this.jdbc.sql("""
				insert into client_outcome (source, source_id, reached_on, municipality_id, client_id, outcome)
				values (?, ?, ?, ?, ?, ?)
				on conflict (source, source_id, reached_on) do update set outcome = excluded.outcome""")
			.params(source.name(), sourceId, on, municipalityId, clientId, outcome.name())
			.update();
	}

}

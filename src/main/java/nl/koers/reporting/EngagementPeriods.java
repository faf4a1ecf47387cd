package nl.koers.reporting;

import nl.koers.referral.api.ReferralEnded;
import nl.koers.referral.api.ReferralStarted;
import nl.koers.trajectory.api.TrajectoryEnded;
import nl.koers.trajectory.api.TrajectoryStarted;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code engagement_period}: who is in a trajectory or in guidance (a started
 * referral), from the trajectory and referral modules' events.
 */
@Component
class EngagementPeriods {

	private static final String START = """
			insert into engagement_period (source, source_id, municipality_id, client_id, valid_from)
			values (?, ?, ?, ?, ?)
			on conflict (source, source_id) do update set valid_from = excluded.valid_from, valid_until = null""";

	private static final String END = "update engagement_period set valid_until = greatest(?, valid_from) "
			+ "where source = ? and source_id = ?";

	private final JdbcClient jdbc;

	EngagementPeriods(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(TrajectoryStarted started) {
		this.jdbc.sql(START)
			.params(Source.TRAJECTORY.name(), started.trajectoryId(), started.municipalityId(), started.clientId(),
					started.startedOn())
			.update();
	}

	@ApplicationModuleListener
	void on(TrajectoryEnded ended) {
		this.jdbc.sql(END).params(ended.endedOn(), Source.TRAJECTORY.name(), ended.trajectoryId()).update();
	}

	@ApplicationModuleListener
	void on(ReferralStarted started) {
		this.jdbc.sql(START)
			.params(Source.REFERRAL.name(), started.referralId(), started.municipalityId(), started.clientId(),
					started.startedOn())
			.update();
	}

	@ApplicationModuleListener
	void on(ReferralEnded ended) {
		this.jdbc.sql(END).params(ended.endedOn(), Source.REFERRAL.name(), ended.referralId()).update();
	}

	/**
	 * Where an outcome or an engagement was recorded.
	 */
	enum Source {

		TRAJECTORY, REFERRAL, ROUTE

	}

}

package nl.koers.obligation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.koers.agreement.api.AgreementBroken;
import nl.koers.conversation.api.ConversationRefused;
import nl.koers.conversation.api.NoShowRecorded;
import nl.koers.conversation.api.OutreachAttemptRecorded;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the facts that can back a measure, as the conversation and agreement modules
 * report them: after their transaction has committed, each in a transaction of its own. A
 * fact is keyed by its source and kind, so a retried event changes nothing; a broken
 * agreement replaces the fact of the same agreement (the latest outcome counts).
 */
@Component
class MeasureFacts {

	private final JdbcClient jdbc;

	MeasureFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(NoShowRecorded noShow) {
		add(noShow.appointmentId(), "NO_SHOW", noShow.clientId(), noShow.municipalityId(), noShow.date(), false, false,
				null);
	}

	@ApplicationModuleListener
	void on(ConversationRefused refusal) {
		add(refusal.sourceId(), "REFUSAL", refusal.clientId(), refusal.municipalityId(), refusal.date(), false, false,
				null);
	}

	@ApplicationModuleListener
	void on(OutreachAttemptRecorded attempt) {
		if (!attempt.contactRestored()) {
			add(attempt.attemptId(), "FAILED_OUTREACH", attempt.clientId(), attempt.municipalityId(), attempt.date(),
					false, false, null);
		}
	}

	@ApplicationModuleListener
	void on(AgreementBroken broken) {
		this.jdbc.sql("delete from measure_fact where source_id = ? and kind = 'BROKEN_AGREEMENT'")
			.param(broken.agreementId())
			.update();
		add(broken.agreementId(), "BROKEN_AGREEMENT", broken.clientId(), broken.municipalityId(), broken.brokenOn(),
				broken.validReason(), broken.tiedToProvision(), broken.description());
	}

	/**
	 * Refusals, no-shows and failed outreach attempts of a client from a day on.
	 */
	ConversationCounts conversationCounts(UUID clientId, LocalDate since) {
		return this.jdbc.sql("""
				select count(*) filter (where kind = 'REFUSAL') as refusals,
				       count(*) filter (where kind = 'NO_SHOW') as no_shows,
				       count(*) filter (where kind = 'FAILED_OUTREACH') as failed_outreach
				from measure_fact where client_id = ? and occurred_on >= ?""")
			.params(clientId, since)
			.query((rs, n) -> new ConversationCounts(rs.getInt("refusals"), rs.getInt("no_shows"),
					rs.getInt("failed_outreach")))
			.single();
	}

	/**
	 * Agreements of a client that were broken without valid reason and belong to a
	 * trajectory or cost-bearing provision.
	 */
	List<BrokenAgreement> brokenAgreements(UUID clientId) {
		return this.jdbc
			.sql("select source_id, occurred_on, description from measure_fact where client_id = ? "
					+ "and kind = 'BROKEN_AGREEMENT' and not valid_reason and tied_to_provision order by occurred_on")
			.param(clientId)
			.query((rs, n) -> new BrokenAgreement(rs.getObject("source_id", UUID.class),
					rs.getObject("occurred_on", LocalDate.class), rs.getString("description")))
			.list();
	}

	private void add(UUID sourceId, String kind, UUID clientId, UUID municipalityId, LocalDate day, boolean validReason,
			boolean tiedToProvision, String description) {
		this.jdbc
			.sql("insert into measure_fact (source_id, kind, client_id, municipality_id, occurred_on, valid_reason, "
					+ "tied_to_provision, description) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing")
			.params(sourceId, kind, clientId, municipalityId, day, validReason, tiedToProvision, description)
			.update();
	}

	record ConversationCounts(int refusals, int noShows, int failedOutreach) {
	}

	record BrokenAgreement(UUID agreementId, LocalDate brokenOn, String description) {
	}

}

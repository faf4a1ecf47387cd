package nl.koers.client;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.UUID;

import nl.koers.client.api.CaseloadColumns;
import nl.koers.system.Open;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the caseload's columns ({@link CaseloadColumns}) in the caller's transaction, in
 * plain SQL that leaves the client's version alone (they are no edit of the client).
 */
@Service
class CaseloadColumnService implements CaseloadColumns {

	private final JdbcClient jdbc;

	CaseloadColumnService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Open("called by route inside its own checked step; takes no user and gives nothing back")
	@Transactional(propagation = Propagation.MANDATORY)
	public void route(UUID clientId, String route, LocalDate nextReview) {
		this.jdbc.sql("update client set caseload_route = ?, next_review = ? where id = ?")
			.params(route, nextReview, clientId)
			.update();
	}

	@Override
	@Open("called by route inside an import's checked step; takes no user and gives nothing back")
	@Transactional(propagation = Propagation.MANDATORY)
	public void routes(Collection<UUID> clientIds, String route) {
		if (clientIds.isEmpty()) {
			return;
		}
		this.jdbc.sql("update client set caseload_route = ?, next_review = null where id = any (?)")
			.params(route, clientIds.toArray(UUID[]::new))
			.update();
	}

	@Override
	@Open("called by conversation inside its own checked step; takes no user and gives nothing back")
	@Transactional(propagation = Propagation.MANDATORY)
	public void conversations(UUID clientId, LocalDateTime nextAppointment, LocalDateTime lastContact) {
		this.jdbc.sql("update client set next_appointment = ?, last_contact = ? where id = ?")
			.params(nextAppointment, lastContact, clientId)
			.update();
	}

}

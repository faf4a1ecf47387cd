package nl.koers.accesslog;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.system.Cursor;
import nl.koers.system.CursorPage;
import nl.koers.system.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.util.StringUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Auditors read their own municipality's access log, per client and per user.
 */
@Service
@Transactional(readOnly = true)
class AccessLogQueries {

	private final AccessLogStore store;

	private final ClientDirectory clients;

	AccessLogQueries(AccessLogStore store, ClientDirectory clients) {
		this.store = store;
		this.clients = clients;
	}

	CursorPage<AccessLogEntry> find(CurrentUser auditor, AccessLogFilter filter, String next, int limit) {
		requireAuditor(auditor);
		Instant beforeTime = null;
		Long beforeId = null;
		if (StringUtils.hasText(next)) {
			Cursor cursor = Cursor.decode(next, 2);
			beforeTime = cursor.key(0, Instant::parse);
			beforeId = cursor.key(1, Long::parseLong);
		}
		List<AccessLogEntry> rows = this.store.find(filter, auditor.municipalityId(), beforeTime, beforeId, limit + 1);
		return CursorPage.of(rows, limit, last -> Cursor.of(last.occurredAt().toString(), Long.toString(last.id())));
	}

	List<AccessSummary> overview(CurrentUser auditor, UUID clientId) {
		requireAuditor(auditor);
		if (this.clients.names(auditor.municipalityId(), List.of(clientId)).isEmpty()) {
			throw new NotFoundException("client");
		}
		return this.store.overview(auditor.municipalityId(), clientId);
	}

	Optional<UUID> findClientByBsn(CurrentUser auditor, String bsn) {
		requireAuditor(auditor);
		return this.clients.findByBsn(auditor.municipalityId(), bsn);
	}

	Map<UUID, String> clientNames(CurrentUser auditor, List<UUID> clientIds) {
		requireAuditor(auditor);
		return this.clients.names(auditor.municipalityId(), clientIds);
	}

	private static void requireAuditor(CurrentUser user) {
		if (!user.hasRole(Role.AUDITOR)) {
			throw new AccessDeniedException("auditors only");
		}
	}

}

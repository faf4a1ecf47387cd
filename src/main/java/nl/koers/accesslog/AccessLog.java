package nl.koers.accesslog;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.ServiceUnavailableException;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Writes the access log. Every module that reads or changes a client's data calls it
 * before the data leaves Koers; when the entry cannot be written, it throws and the data
 * is not returned.
 */
@Service
public class AccessLog {

	static final String NO_REQUEST_PURPOSE = "system";

	private final AccessLogStore store;

	private final Clock clock;

	AccessLog(AccessLogStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	/**
	 * Records a successful access to one client, in the caller's transaction: a change
	 * and its log entry are committed together or not at all.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(CurrentUser user, AccessAction action, UUID clientId) {
		record(user, action, AccessOutcome.SUCCESS, List.of(clientId));
	}

	/**
	 * Records a successful access to each of these clients, such as the results of a
	 * search.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(CurrentUser user, AccessAction action, Collection<UUID> clientIds) {
		record(user, action, AccessOutcome.SUCCESS, clientIds);
	}

	/**
	 * Records a refused access in a transaction of its own, so that it stays when the
	 * refusal rolls back the caller's work.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordDenied(CurrentUser user, AccessAction action, UUID clientId) {
		record(user, action, AccessOutcome.DENIED, List.of(clientId));
	}

	private void record(CurrentUser user, AccessAction action, AccessOutcome outcome, Collection<UUID> clientIds) {
		if (clientIds.isEmpty()) {
			return;
		}
		HttpServletRequest request = currentRequest();
		String purpose = request == null ? NO_REQUEST_PURPOSE : purpose(request);
		String address = request == null ? null : request.getRemoteAddr();
		List<NewEntry> entries = clientIds.stream()
			.map(clientId -> new NewEntry(this.clock.instant(), user, clientId, action, purpose, outcome, address))
			.toList();
		try {
			this.store.append(entries);
		}
		catch (DataAccessException ex) {
			throw new ServiceUnavailableException("accessLog.unavailable", ex);
		}
	}

	private static HttpServletRequest currentRequest() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest() : null;
	}

	/**
	 * The screen or endpoint, as the request's route pattern: {@code GET /clients/{id}}.
	 */
	private static String purpose(HttpServletRequest request) {
		Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		String path = pattern != null ? pattern.toString() : request.getRequestURI();
		String purpose = request.getMethod() + " " + path;
		return purpose.length() > 200 ? purpose.substring(0, 200) : purpose;
	}

}

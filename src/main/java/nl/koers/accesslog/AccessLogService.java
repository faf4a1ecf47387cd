package nl.koers.accesslog;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletRequest;
import nl.koers.accesslog.api.AccessAction;
import nl.koers.accesslog.api.AccessLog;
import nl.koers.accesslog.api.AccessOutcome;
import nl.koers.accesslog.api.ClientDirectory;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.Cursor;
import nl.koers.system.CursorPage;
import nl.koers.system.InvalidFieldException;
import nl.koers.system.NotFoundException;
import nl.koers.system.Open;
import nl.koers.system.ServiceUnavailableException;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The access log: written by every module that reads or changes a client's data (before
 * the data leaves Koers; when the entry cannot be written, it throws and the data is not
 * returned), and read by auditors, only their own municipality's, per client and per
 * user.
 */
@Service
class AccessLogService implements AccessLog {

	private static final String RECORDS = "called by other modules inside their own checked step: it records the "
			+ "access they allowed or refused, and refuses nothing itself";

	static final String NO_REQUEST_PURPOSE = "system";

	/**
	 * How many entries the page reads at a time.
	 */
	private static final int BATCH = 500;

	private final AccessLogStore store;

	private final ClientDirectory clients;

	private final AccessLogPolicy policy;

	private final Clock clock;

	private final AccessLogMetrics metrics;

	private final AccessReasonService reasons;

	AccessLogService(AccessLogStore store, ClientDirectory clients, AccessLogPolicy policy, Clock clock,
			AccessLogMetrics metrics, AccessReasonService reasons) {
		this.reasons = reasons;
		this.store = store;
		this.clients = clients;
		this.policy = policy;
		this.clock = clock;
		this.metrics = metrics;
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRED)
	@Open(RECORDS)
	public void record(CurrentUser user, AccessAction action, UUID clientId) {
		append(user, action, AccessOutcome.SUCCESS, List.of(clientId));
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRED)
	@Open(RECORDS)
	public void record(CurrentUser user, AccessAction action, Collection<UUID> clientIds) {
		append(user, action, AccessOutcome.SUCCESS, clientIds);
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	@Open(RECORDS)
	public void recordDenied(CurrentUser user, AccessAction action, UUID clientId) {
		append(user, action, AccessOutcome.DENIED, List.of(clientId));
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRED)
	@Open(RECORDS)
	public void recordLookup(CurrentUser user, AccessAction action, UUID clientId, String purpose) {
		HttpServletRequest request = currentRequest();
		String address = request == null ? null : request.getRemoteAddr();
		NewEntries entry = new NewEntries(this.clock.instant(), user, Collections.singletonList(clientId), action,
				purpose, request == null ? null : operation(request), AccessOutcome.SUCCESS, address, Map.of());
		write(entry, this.store::appendOne);
	}

	/**
	 * Entries of the auditor's municipality, newest first.
	 */
	@Transactional(readOnly = true)
	CursorPage<AccessLogEntry> find(CurrentUser auditor, AccessLogFilter filter, String next, int limit) {
		this.policy.requireAudit(auditor);
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

	/**
	 * The page's lines of the auditor's municipality, newest first: the entries of one
	 * access (a list writes one per client) as one line with every client behind it. A
	 * page holds whole accesses: at most {@code lines} of them, and no further access
	 * once {@code entries} entries are read; the cursor is the last entry of the last
	 * line. The entries are read in batches through {@link AccessLogStore#find}, on the
	 * same indexes as the API (the period first for the municipality).
	 */
	@Transactional(readOnly = true)
	CursorPage<AccessLine> lines(CurrentUser auditor, AccessLogFilter filter, String next, int lines, int entries) {
		this.policy.requireAudit(auditor);
		Instant beforeTime = null;
		Long beforeId = null;
		if (StringUtils.hasText(next)) {
			Cursor cursor = Cursor.decode(next, 2);
			beforeTime = cursor.key(0, Instant::parse);
			beforeId = cursor.key(1, Long::parseLong);
		}
		List<AccessLine> page = new ArrayList<>();
		AccessLine current = null;
		int read = 0;
		boolean more = false;
		reading: while (true) {
			List<AccessLogEntry> rows = this.store.find(filter, auditor.municipalityId(), beforeTime, beforeId, BATCH);
			for (AccessLogEntry row : rows) {
				if (current != null && current.sameAccess(row)) {
					current.add(row);
					read++;
					continue;
				}
				if (current != null) {
					page.add(current);
					if (page.size() >= lines || read >= entries) {
						more = true;
						break reading;
					}
				}
				current = new AccessLine(row);
				read++;
			}
			if (rows.size() < BATCH) {
				if (current != null) {
					page.add(current);
				}
				break;
			}
			AccessLogEntry last = rows.get(rows.size() - 1);
			beforeTime = last.occurredAt();
			beforeId = last.id();
		}
		AccessLogEntry last = more ? page.get(page.size() - 1).last() : null;
		return new CursorPage<>(List.copyOf(page),
				last == null ? null : Cursor.of(last.occurredAt().toString(), Long.toString(last.id())).encode());
	}

	/**
	 * Who accessed one client's data, per user and day: for a client's access request.
	 */
	@Transactional(readOnly = true)
	List<AccessSummary> overview(CurrentUser auditor, UUID clientId) {
		this.policy.requireAudit(auditor);
		if (this.clients.names(auditor.municipalityId(), List.of(clientId)).isEmpty()) {
			throw new NotFoundException("client");
		}
		return this.store.overview(auditor.municipalityId(), clientId);
	}

	/**
	 * The same, with the screens of each user and day, for the auditor's page.
	 */
	@Transactional(readOnly = true)
	List<AccessDay> overviewDays(CurrentUser auditor, UUID clientId) {
		this.policy.requireAudit(auditor);
		if (this.clients.names(auditor.municipalityId(), List.of(clientId)).isEmpty()) {
			throw new NotFoundException("client");
		}
		return this.store.overviewDays(auditor.municipalityId(), clientId);
	}

	/**
	 * The client of the auditor's municipality with this BSN; none is an invalid BSN.
	 */
	@Transactional(readOnly = true)
	UUID findClient(CurrentUser auditor, String bsn) {
		this.policy.requireAudit(auditor);
		return this.clients.findByBsn(auditor.municipalityId(), bsn == null ? "" : bsn.strip())
			.orElseThrow(() -> new InvalidFieldException("bsn", "accessLog.clientNotFound"));
	}

	@Transactional(readOnly = true)
	Map<UUID, String> clientNames(CurrentUser auditor, List<UUID> clientIds) {
		this.policy.requireAudit(auditor);
		return this.clients.names(auditor.municipalityId(), clientIds);
	}

	private void append(CurrentUser user, AccessAction action, AccessOutcome outcome, Collection<UUID> clientIds) {
		if (clientIds.isEmpty()) {
			return;
		}
		HttpServletRequest request = currentRequest();
		String purpose = request == null ? NO_REQUEST_PURPOSE : purpose(request);
		String address = request == null ? null : request.getRemoteAddr();
		NewEntries entries = new NewEntries(this.clock.instant(), user, new ArrayList<>(clientIds), action, purpose,
				request == null ? null : operation(request), outcome, address,
				outcome == AccessOutcome.SUCCESS ? this.reasons.valid() : Map.of());
		write(entries, this.store::append);
	}

	private void write(NewEntries entries, Consumer<NewEntries> append) {
		try {
			append.accept(entries);
		}
		catch (DataAccessException ex) {
			this.metrics.failed();
			throw new ServiceUnavailableException("accessLog.unavailable", ex);
		}
		this.metrics.written(entries);
	}

	private static HttpServletRequest currentRequest() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest() : null;
	}

	/**
	 * The operation that served the request: the handler's class and method, such as
	 * {@code ClientApiController.get} or {@code ClientController.file}; {@code null} when
	 * no handler method was chosen (a filter).
	 */
	static String operation(HttpServletRequest request) {
		Object handler = request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE);
		if (!(handler instanceof HandlerMethod method)) {
			return null;
		}
		String operation = method.getBeanType().getSimpleName() + "." + method.getMethod().getName();
		return operation.length() > 120 ? operation.substring(0, 120) : operation;
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

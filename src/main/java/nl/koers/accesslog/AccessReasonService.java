package nl.koers.accesslog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import nl.koers.accesslog.api.AccessReason;
import nl.koers.accesslog.api.AccessReasons;
import nl.koers.system.InvalidFieldException;
import nl.koers.system.Open;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The reasons of access of the current session, kept in the session under
 * {@value #ATTRIBUTE} as a map from client id to {@link GivenReason}; the map is set anew
 * on every change, so that Spring Session writes it.
 */
@Service
class AccessReasonService implements AccessReasons {

	static final String ATTRIBUTE = "koers.accessReasons";

	private static final String OWN_SESSION = "reads and writes only the caller's own session; the client module "
			+ "asks it inside its own checked step";

	private final Clock clock;

	private final Duration validFor;

	AccessReasonService(Clock clock, @Value("${koers.access-log.reason-valid-for:8h}") Duration validFor) {
		this.clock = clock;
		this.validFor = validFor;
	}

	@Override
	@Open(OWN_SESSION)
	public boolean given(UUID clientId) {
		return valid().containsKey(clientId);
	}

	@Override
	@Open(OWN_SESSION)
	public void give(UUID clientId, AccessReason reason, String text) {
		if (reason == null) {
			throw new InvalidFieldException("reason", "accessLog.reason.required");
		}
		String stripped = text == null ? null : text.strip();
		if (stripped != null && stripped.isEmpty()) {
			stripped = null;
		}
		if (reason == AccessReason.OTHER && stripped == null) {
			throw new InvalidFieldException("text", "accessLog.reason.textRequired");
		}
		if (stripped != null && stripped.length() > AccessReason.TEXT_LENGTH) {
			throw new InvalidFieldException("text", "accessLog.reason.textTooLong");
		}
		HttpServletRequest request = currentRequest();
		if (request == null) {
			throw new IllegalStateException("a reason of access is given in a request");
		}
		HttpSession session = request.getSession(true);
		Map<UUID, GivenReason> reasons = new HashMap<>(valid(session));
		reasons.put(clientId, new GivenReason(reason, stripped, this.clock.instant().plus(this.validFor)));
		session.setAttribute(ATTRIBUTE, reasons);
	}

	/**
	 * The reasons of the current request's session that still hold; empty outside a
	 * request or session.
	 */
	Map<UUID, GivenReason> valid() {
		HttpServletRequest request = currentRequest();
		HttpSession session = request == null ? null : request.getSession(false);
		return session == null ? Map.of() : valid(session);
	}

	private Map<UUID, GivenReason> valid(HttpSession session) {
		Object stored;
		try {
			stored = session.getAttribute(ATTRIBUTE);
		}
		catch (IllegalStateException ex) {
			return Map.of();
		}
		if (!(stored instanceof Map<?, ?> map) || map.isEmpty()) {
			return Map.of();
		}
		Instant now = this.clock.instant();
		Map<UUID, GivenReason> valid = new HashMap<>();
		map.forEach((key, value) -> {
			if (key instanceof UUID clientId && value instanceof GivenReason given && given.holdsAt(now)) {
				valid.put(clientId, given);
			}
		});
		return valid;
	}

	private static HttpServletRequest currentRequest() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest() : null;
	}

}

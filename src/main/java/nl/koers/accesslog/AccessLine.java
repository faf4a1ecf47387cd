package nl.koers.accesslog;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import nl.koers.accesslog.api.AccessAction;
import nl.koers.accesslog.api.AccessOutcome;
import nl.koers.accesslog.api.AccessReason;

/**
 * One access as auditors read it on the page: the entries one request wrote (a list
 * writes one per client shown) as one line, with every client behind it.
 */
final class AccessLine {

	private final AccessLogEntry first;

	private final List<UUID> clientIds = new ArrayList<>();

	private boolean withoutClient;

	private AccessLogEntry last;

	AccessLine(AccessLogEntry entry) {
		this.first = entry;
		add(entry);
	}

	/**
	 * The entry belongs to the same access: the same moment, user, action, screen,
	 * outcome, address and reason of access.
	 */
	boolean sameAccess(AccessLogEntry entry) {
		return entry.occurredAt().equals(this.first.occurredAt()) && Objects.equals(entry.userId(), this.first.userId())
				&& entry.action() == this.first.action() && Objects.equals(entry.purpose(), this.first.purpose())
				&& entry.outcome() == this.first.outcome()
				&& Objects.equals(entry.remoteAddress(), this.first.remoteAddress())
				&& entry.reasonCode() == this.first.reasonCode()
				&& Objects.equals(entry.reasonText(), this.first.reasonText());
	}

	void add(AccessLogEntry entry) {
		if (entry.clientId() == null) {
			this.withoutClient = true;
		}
		else {
			this.clientIds.add(entry.clientId());
		}
		this.last = entry;
	}

	/**
	 * The last entry read of this access: where the next page goes on.
	 */
	AccessLogEntry last() {
		return this.last;
	}

	public Instant occurredAt() {
		return this.first.occurredAt();
	}

	public LocalDateTime localTime() {
		return this.first.localTime();
	}

	public String userDisplayName() {
		return this.first.userDisplayName();
	}

	public String username() {
		return this.first.username();
	}

	public AccessAction action() {
		return this.first.action();
	}

	public String purpose() {
		return this.first.purpose();
	}

	public AccessOutcome outcome() {
		return this.first.outcome();
	}

	public String remoteAddress() {
		return this.first.remoteAddress();
	}

	/**
	 * The reason of access given for the client(s), or {@code null} within the caseload.
	 */
	public AccessReason reasonCode() {
		return this.first.reasonCode();
	}

	public String reasonText() {
		return this.first.reasonText();
	}

	/**
	 * Every client the access showed, in the order they were logged.
	 */
	public List<UUID> clientIds() {
		return List.copyOf(this.clientIds);
	}

	public boolean isWithoutClient() {
		return this.withoutClient && this.clientIds.isEmpty();
	}

}

package nl.koers.identity;

import java.time.Instant;

import nl.koers.identity.ApiSystemEvent.Action;

/**
 * A line of a system's history on its page.
 */
record ApiSystemEventView(Instant occurredAt, Action action, String actorName) {
}

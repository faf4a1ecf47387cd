package nl.koers.client;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.koers.client.api.TimelineEntry;

/**
 * A client's timeline: the entries of the chosen kinds, newest first, and every kind
 * there is to choose from.
 */
record ClientTimeline(UUID clientId, String clientName, Set<String> kinds, Set<String> shown,
		List<TimelineEntry> entries) {
}

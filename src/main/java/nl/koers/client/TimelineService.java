package nl.koers.client;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import nl.koers.client.api.ClientAccess;
import nl.koers.client.api.ClientRef;
import nl.koers.client.api.TimelineEntry;
import nl.koers.client.api.TimelineSource;
import nl.koers.identity.api.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts together a client's timeline from what every module contributes; reading it is a
 * read of the client, checked and logged once.
 */
@Service
class TimelineService {

	private final ClientAccess access;

	private final List<TimelineSource> sources;

	TimelineService(ClientAccess access, List<TimelineSource> sources) {
		this.access = access;
		this.sources = sources;
	}

	/**
	 * The timeline with only the given kinds; none given means all.
	 */
	@Transactional
	public ClientTimeline timeline(CurrentUser user, UUID clientId, Collection<String> kinds) {
		ClientRef client = this.access.read(user, clientId);
		Set<String> all = new TreeSet<>();
		this.sources.forEach(source -> all.addAll(source.kinds()));
		Set<String> shown = kinds == null || kinds.isEmpty() ? all : new TreeSet<>(kinds);
		shown.retainAll(all);
		List<TimelineEntry> entries = this.sources.stream()
			.filter(source -> source.kinds().stream().anyMatch(shown::contains))
			.flatMap(source -> source.entries(client).stream())
			.filter(entry -> shown.contains(entry.kind()))
			.sorted(TimelineEntry.NEWEST_FIRST)
			.toList();
		return new ClientTimeline(client.id(), client.displayName(), all, shown, entries);
	}

}

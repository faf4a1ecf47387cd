package nl.koers.client;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import nl.koers.client.api.ClientAccess;
import nl.koers.client.api.ClientRef;
import nl.koers.client.api.TimelineEntry;
import nl.koers.client.api.TimelineSource;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.Cursor;
import nl.koers.system.CursorPage;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Puts together a client's timeline from what every module contributes; reading it is a
 * read of the client, checked and logged once.
 */
@Service
class TimelineService {

	/**
	 * The timeline's order ({@link TimelineEntry#NEWEST_FIRST}) made total for paging.
	 */
	private static final Comparator<TimelineEntry> PAGE_ORDER = TimelineEntry.NEWEST_FIRST
		.thenComparing(TimelineEntry::kind)
		.thenComparing(TimelineEntry::link, Comparator.nullsFirst(Comparator.naturalOrder()));

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

	/**
	 * A page of the timeline, for the API. The timeline is put together from every
	 * module's source, so it is paged by key in memory rather than in SQL: newest first
	 * as on the page, ties broken by kind and link, the cursor holding that key of the
	 * page's last entry.
	 */
	@Transactional
	public CursorPage<TimelineEntry> timeline(CurrentUser user, UUID clientId, Collection<String> kinds, String next,
			int limit) {
		List<TimelineEntry> entries = timeline(user, clientId, kinds).entries();
		List<TimelineEntry> after = entries;
		if (StringUtils.hasText(next)) {
			Cursor cursor = Cursor.decode(next, 5);
			TimelineEntry last = new TimelineEntry(cursor.key(0, LocalDate::parse),
					cursor.key(1, key -> key.isEmpty() ? null : LocalTime.parse(key)), cursor.key(3), "", null, null,
					null, cursor.key(2, key -> key.isEmpty() ? null : Instant.parse(key)),
					cursor.key(4).isEmpty() ? null : cursor.key(4));
			after = entries.stream().filter(entry -> PAGE_ORDER.compare(entry, last) > 0).toList();
		}
		return CursorPage.of(after.stream().sorted(PAGE_ORDER).limit(limit + 1L).toList(), limit,
				entry -> Cursor.of(entry.date().toString(), entry.time() == null ? "" : entry.time().toString(),
						entry.recordedAt() == null ? "" : entry.recordedAt().toString(), entry.kind(),
						entry.link() == null ? "" : entry.link()));
	}

}

package nl.koers.client.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One thing that happened to a client: on which day (and, where known, at what time), its
 * kind ({@code APPOINTMENT}, {@code ROUTE}, …), a title as a message key with its
 * arguments, an optional free text, who recorded it and when, and the page that shows
 * more.
 */
public record TimelineEntry(LocalDate date, LocalTime time, String kind, String titleKey, List<String> titleArgs,
		String text, String authorName, Instant recordedAt, String link) {

	/**
	 * Newest first: by day, then time of day (entries without one last within their day),
	 * then the moment it was recorded.
	 */
	public static final Comparator<TimelineEntry> NEWEST_FIRST = Comparator.comparing(TimelineEntry::date)
		.thenComparing(TimelineEntry::time, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparing(TimelineEntry::recordedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
		.reversed();

	public TimelineEntry {
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(titleKey, "titleKey");
		titleArgs = titleArgs == null ? List.of() : List.copyOf(titleArgs);
	}

}

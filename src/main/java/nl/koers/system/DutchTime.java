package nl.koers.system;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.List;

/**
 * Wall-clock time in the Netherlands (Europe/Amsterdam), summer and winter time included:
 * the zone every time on screen is shown in, and how a local date and time (such as the
 * moment an appointment is planned at) travels through the API: out with the offset of
 * Europe/Amsterdam at that moment, in with any offset (converted to Dutch time) or
 * without one (read as Dutch time).
 */
public final class DutchTime {

	/**
	 * The zone of Koers's wall-clock times.
	 */
	public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private DutchTime() {
	}

	/**
	 * The moment of a Dutch wall-clock time, with the offset of that moment; in the
	 * repeated hour of the autumn change, the first (summer time) one.
	 */
	public static OffsetDateTime withOffset(LocalDateTime wallClock) {
		return wallClock.atZone(ZONE).toOffsetDateTime();
	}

	/**
	 * Reads an ISO-8601 date and time with an offset ({@code 2026-12-11T10:00:00+01:00},
	 * {@code ...Z}) as the Dutch wall-clock time of that moment, and one without an
	 * offset as Dutch wall-clock time itself.
	 * @throws DateTimeException when the text is no ISO date and time, names a local time
	 * that does not exist in the Netherlands (the hour skipped in spring), or names the
	 * second pass through the hour repeated in autumn, which a wall-clock time cannot
	 * tell apart from the first: never a silently shifted moment
	 */
	public static LocalDateTime parse(String text) {
		TemporalAccessor parsed;
		try {
			parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text.strip(), OffsetDateTime::from, LocalDateTime::from);
		}
		catch (DateTimeParseException ex) {
			throw new DateTimeException("Not an ISO-8601 date and time: " + text, ex);
		}
		if (parsed instanceof OffsetDateTime moment) {
			LocalDateTime wallClock = moment.atZoneSameInstant(ZONE).toLocalDateTime();
			if (!withOffset(wallClock).isEqual(moment)) {
				throw new DateTimeException("The second pass through the repeated hour of the autumn change: " + text);
			}
			return wallClock;
		}
		LocalDateTime wallClock = (LocalDateTime) parsed;
		List<ZoneOffset> offsets = ZONE.getRules().getValidOffsets(wallClock);
		if (offsets.isEmpty()) {
			throw new DateTimeException("Not a time in the Netherlands (skipped in spring): " + text);
		}
		return wallClock;
	}

}

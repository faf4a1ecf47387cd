package nl.koers.privacy;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumMap;
import java.util.Map;

import nl.koers.privacy.api.RecordKind;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code koers.retention.*}: how long each kind of record is kept
 * ({@code koers.retention.periods.file=P10Y}, ISO-8601 or {@code 10y}), counted from the
 * day the client's file closed (the access log: from each entry). A kind left out keeps
 * its default (see the README for the source of each). A period may not be negative, and
 * the file's period must be the longest of the kinds about a client (the client itself is
 * anonymised when it passes); the documents are kept at least as long as the decisions (a
 * decision letter is a document). Anything else stops the start.
 */
@ConfigurationProperties("koers.retention")
record RetentionSettings(Map<RecordKind, Period> periods) {

	/**
	 * The defaults, from the Selectielijst gemeenten en intergemeentelijke organen 2020
	 * (see the README's table).
	 */
	static final Map<RecordKind, Period> DEFAULTS = Map.of(RecordKind.FILE, Period.ofYears(10), RecordKind.DECISIONS,
			Period.ofYears(10), RecordKind.DOCUMENTS, Period.ofYears(10), RecordKind.CHANGE_HISTORY, Period.ofYears(10),
			RecordKind.ACCESS_LOG, Period.ofYears(5));

	private static final LocalDate MEASURE_FROM = LocalDate.of(2000, 1, 1);

	RetentionSettings {
		Map<RecordKind, Period> all = new EnumMap<>(DEFAULTS);
		if (periods != null) {
			all.putAll(periods);
		}
		for (Map.Entry<RecordKind, Period> period : all.entrySet()) {
			if (period.getValue() == null || period.getValue().isNegative()) {
				throw new IllegalArgumentException("koers.retention.periods." + name(period.getKey())
						+ " must not be negative (it is " + period.getValue() + ")");
			}
		}
		for (RecordKind kind : RecordKind.values()) {
			if (kind.perClient() && longer(all.get(kind), all.get(RecordKind.FILE))) {
				throw new IllegalArgumentException("koers.retention.periods." + name(kind) + " (" + all.get(kind)
						+ ") is longer than koers.retention.periods.file (" + all.get(RecordKind.FILE)
						+ "): the file's period must be the longest of the kinds about a client, because the client "
						+ "itself is anonymised when it has passed");
			}
		}
		if (longer(all.get(RecordKind.DECISIONS), all.get(RecordKind.DOCUMENTS))) {
			throw new IllegalArgumentException("koers.retention.periods.decisions (" + all.get(RecordKind.DECISIONS)
					+ ") is longer than koers.retention.periods.documents (" + all.get(RecordKind.DOCUMENTS)
					+ "): a decision letter is a document, so documents are kept at least as long as decisions");
		}
		periods = Map.copyOf(all);
	}

	Period period(RecordKind kind) {
		return this.periods.get(kind);
	}

	/**
	 * Whether a client's records of this kind have expired today for a file that closed
	 * on the day: the file closed longer ago than the period.
	 */
	boolean expired(RecordKind kind, LocalDate closedOn, LocalDate today) {
		return closedOn.plus(period(kind)).isBefore(today);
	}

	private static boolean longer(Period period, Period than) {
		return MEASURE_FROM.plus(period).isAfter(MEASURE_FROM.plus(than));
	}

	private static String name(RecordKind kind) {
		return kind.name().toLowerCase().replace('_', '-');
	}

}

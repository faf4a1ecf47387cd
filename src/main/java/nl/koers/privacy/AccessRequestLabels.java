package nl.koers.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.koers.system.DutchTime;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * The words of an access request: a heading per table ({@code accessRequest.table.
 *
<table>
 * }) and a label per column ({@code accessRequest.column.
 *
<table>
 * .<column>}, else the label every table shares, {@code accessRequest.column.<column>}),
 * from the bundle {@code i18n/accessrequest}; and the values as a reader expects them
 * (dates dd-MM-yyyy, times in Dutch time). {@code AccessRequestCompletenessTests} fails
 * when a table or column has no words.
 */
@Component
class AccessRequestLabels {

	/**
	 * Columns left out of the export, with the reason: a search copy of the name, and the
	 * network address of the employee who read (not data about the client). File contents
	 * ({@code bytea}) are always left out: documents are listed, and read through their
	 * own address.
	 */
	static final Set<String> EXCLUDED = Set.of("client.search_name", "access_log_entry.remote_address");

	/**
	 * Columns that hold a code with words of their own in another module's bundle (key
	 * prefix; the code follows after a dot). A code without words stays as it is.
	 */
	static final Map<String, String> CODES = Map.ofEntries(Map.entry("benefit_period.kind", "benefit.kind"),
			Map.entry("benefit_period.end_reason", "benefit.reason"),
			Map.entry("appointment.channel", "conversation.channel"),
			Map.entry("contact.channel", "conversation.channel"),
			Map.entry("appointment.status", "conversation.status"),
			Map.entry("outreach_attempt.method", "conversation.method"), Map.entry("goal.category", "goal.category"),
			Map.entry("goal_status_change.status", "goal.status"),
			Map.entry("agreement_outcome.outcome", "agreement.outcome"),
			Map.entry("household_member.relation", "household.relation"), Map.entry("measure.ground", "measure.ground"),
			Map.entry("measure.status", "measure.status"), Map.entry("referral.status", "referral.status"),
			Map.entry("referral_status.status", "referral.status"),
			Map.entry("sharing_referral.status", "referral.status"),
			Map.entry("consent_category.category", "consent.category"),
			Map.entry("referral_category.category", "consent.category"), Map.entry("route_event.route", "route"),
			Map.entry("route_period.route", "route"), Map.entry("client.caseload_route", "route"),
			Map.entry("task.type", "task.type"), Map.entry("task.status", "task.status"),
			Map.entry("document.kind", "document.kind"), Map.entry("coordination_signal.kind", "coordination.kind"),
			Map.entry("purchase_request.status", "purchase.status"));

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

	private final MessageSource messages;

	AccessRequestLabels(MessageSource messages) {
		this.messages = messages;
	}

	String title(String table, Locale locale) {
		return find("accessRequest.table." + table, locale).orElse(table);
	}

	String label(String table, String column, Locale locale) {
		return find("accessRequest.column." + table + "." + column, locale)
			.or(() -> find("accessRequest.column." + column, locale))
			.orElse(column);
	}

	/**
	 * Whether the table and its column have words in this language.
	 */
	boolean hasLabel(String table, String column, Locale locale) {
		return find("accessRequest.column." + table + "." + column, locale)
			.or(() -> find("accessRequest.column." + column, locale))
			.isPresent();
	}

	boolean hasTitle(String table, Locale locale) {
		return find("accessRequest.table." + table, locale).isPresent();
	}

	String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

	/**
	 * A column's value as the readable version shows it: a code in words where its module
	 * has them.
	 */
	String format(String table, String column, Object value, Locale locale) {
		String prefix = CODES.get(table + "." + column);
		if (prefix != null && value instanceof String code) {
			return find(prefix + "." + code, locale).orElse(code);
		}
		return format(value, locale);
	}

	/**
	 * A value as the readable version shows it.
	 */
	String format(Object value, Locale locale) {
		if (value == null) {
			return "";
		}
		if (value instanceof LocalDate date) {
			return DATE.format(date);
		}
		if (value instanceof Instant instant) {
			return DATE_TIME.format(instant.atZone(DutchTime.ZONE));
		}
		if (value instanceof LocalDateTime time) {
			return DATE_TIME.format(time);
		}
		if (value instanceof Boolean yes) {
			return text(yes ? "accessRequest.yes" : "accessRequest.no", locale);
		}
		if (value instanceof Iterable<?> values) {
			StringBuilder text = new StringBuilder();
			for (Object each : values) {
				text.append(text.isEmpty() ? "" : ", ").append(format(each, locale));
			}
			return text.toString();
		}
		return value.toString();
	}

	private Optional<String> find(String key, Locale locale) {
		try {
			return Optional.of(this.messages.getMessage(key, null, locale));
		}
		catch (NoSuchMessageException ex) {
			return Optional.empty();
		}
	}

}

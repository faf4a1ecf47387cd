package nl.koers.obligation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.koers.route.api.RoutePeriod;
import nl.koers.route.api.RoutePeriodsChanged;
import nl.koers.route.api.RoutePeriodsImported;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the exemptions that come with KP4 in step with the client's KP4 periods: a new
 * KP4 period brings an exemption from its first day, waiting for the case lead's
 * confirmation; when the period ends (the profile changes, a handover) the exemption ends
 * on the same day. Runs after the route's transaction has committed, in a transaction of
 * its own; it sets the exemptions to what the periods in the event call for, so a retried
 * event changes nothing.
 */
@Component
class ExemptionPeriods {

	static final String KP4_DECISION = "KP4_DECISION";

	private final ExemptionStore store;

	private final MessageSource messages;

	private final Clock clock;

	ExemptionPeriods(ExemptionStore store, MessageSource messages, Clock clock) {
		this.store = store;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * An import's first periods: the clients had no route history, so no exemption of
	 * this origin either; written in one batch.
	 */
	@ApplicationModuleListener
	void on(RoutePeriodsImported imported) {
		List<ExemptionStore.NewSpan> spans = new ArrayList<>();
		imported.changes()
			.forEach(change -> spans(change.after())
				.forEach(span -> spans.add(new ExemptionStore.NewSpan(change.clientId(), span.from(), span.until()))));
		this.store.insertAbsent(imported.municipalityId(), KP4_DECISION, spans,
				this.messages.getMessage("exemption.kp4", null, MeasureService.RECORD_LANGUAGE), this.clock.instant());
	}

	@ApplicationModuleListener
	void on(RoutePeriodsChanged change) {
		List<Span> spans = spans(change.after());
		Map<LocalDate, ExemptionView> existing = this.store.ofClient(change.clientId())
			.stream()
			.filter(exemption -> KP4_DECISION.equals(exemption.origin()))
			.collect(Collectors.toMap(ExemptionView::from, Function.identity()));
		for (Span span : spans) {
			ExemptionView exemption = existing.remove(span.from());
			if (exemption == null) {
				this.store.insert(change.clientId(), change.municipalityId(), KP4_DECISION, span.from(), span.until(),
						this.messages.getMessage("exemption.kp4", null, MeasureService.RECORD_LANGUAGE), null,
						this.clock.instant());
			}
			else if (!Objects.equals(exemption.until(), span.until())) {
				this.store.end(exemption.id(), span.until());
			}
		}
		existing.values()
			.stream()
			.filter(exemption -> !exemption.from().equals(exemption.until()))
			.forEach(exemption -> this.store.end(exemption.id(), exemption.from()));
	}

	/**
	 * The KP4 periods: route periods that follow each other without a gap.
	 */
	static List<Span> spans(List<RoutePeriod> periods) {
		List<Span> spans = new ArrayList<>();
		periods.stream().sorted(Comparator.comparing(RoutePeriod::from)).forEach(period -> {
			Span last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
			if (last != null && period.from().equals(last.until())) {
				spans.set(spans.size() - 1, new Span(last.from(), period.until()));
			}
			else {
				spans.add(new Span(period.from(), period.until()));
			}
		});
		return spans;
	}

	record Span(LocalDate from, LocalDate until) {
	}

}

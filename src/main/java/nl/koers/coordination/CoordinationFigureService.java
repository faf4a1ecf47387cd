package nl.koers.coordination;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.koers.coordination.CoordinationFigureStore.Counted;
import nl.koers.coordination.api.CoordinationFigures;
import nl.koers.system.Open;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordination point's work per month ({@link CoordinationFigures}), for reports that
 * check their own access rules.
 */
@Service
class CoordinationFigureService implements CoordinationFigures {

	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private static final Counted NONE = new Counted(0, null);

	private final CoordinationFigureStore store;

	CoordinationFigureService(CoordinationFigureStore store) {
		this.store = store;
	}

	@Override
	@Open("called by reporting inside its own checked step; takes no user and gives counts only")
	@Transactional(readOnly = true)
	public List<MonthFigures> perMonth(UUID municipalityId, LocalDate from, LocalDate until) {
		LocalDate first = from.withDayOfMonth(1);
		LocalDate end = until.withDayOfMonth(1).plusMonths(1);
		Instant start = first.atStartOfDay(ZONE).toInstant();
		Instant stop = end.atStartOfDay(ZONE).toInstant();
		Map<LocalDate, Counted> asked = this.store.adviceReceived(municipalityId, start, stop);
		Map<LocalDate, Counted> answered = this.store.adviceAnswered(municipalityId, start, stop);
		Map<LocalDate, Counted> raised = this.store.signalsReceived(municipalityId, start, stop);
		Map<LocalDate, Counted> followed = this.store.signalsAnswered(municipalityId, start, stop);
		List<MonthFigures> months = new ArrayList<>();
		for (LocalDate month = first; month.isBefore(end); month = month.plusMonths(1)) {
			Counted advice = answered.getOrDefault(month, NONE);
			Counted signals = followed.getOrDefault(month, NONE);
			months.add(new MonthFigures(month, asked.getOrDefault(month, NONE).count(), advice.count(),
					advice.medianDays(), raised.getOrDefault(month, NONE).count(), signals.count(),
					signals.medianDays()));
		}
		return months;
	}

}

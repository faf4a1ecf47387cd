package nl.koers.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.UserDirectory;
import nl.koers.route.api.Routes;
import nl.koers.system.InvalidFieldException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The number of clients per KP4 route on a reference date, for the caller's municipality.
 * Counts only, no personal data: managers may see it. Counts below
 * {@code koers.reporting.suppression-threshold} (default 5) are left out, with what would
 * give them away ({@link SmallNumbers}).
 */
@Service
class RouteReportService {

	static final int MAX_MONTHS = 120;

	private final RouteCountStore store;

	private final ReportingPolicy policy;

	private final UserDirectory directory;

	private final Routes routes;

	private final HouseholdCounter households;

	private final int threshold;

	RouteReportService(RouteCountStore store, ReportingPolicy policy, UserDirectory directory, Routes routes,
			HouseholdCounter households, @Value("${koers.reporting.suppression-threshold:5}") int threshold) {
		this.routes = routes;
		this.store = store;
		this.policy = policy;
		this.directory = directory;
		this.households = households;
		this.threshold = threshold;
	}

	/**
	 * The name of the caller's municipality, as the report's files state it.
	 */
	@Transactional(readOnly = true)
	public String municipalityName(CurrentUser user) {
		this.policy.requireRead(user);
		return this.directory.municipalityName(user.municipalityId()).orElse("");
	}

	@Transactional(readOnly = true)
	public RouteCounts counts(CurrentUser user, LocalDate date) {
		return counts(user, date, Counted.CLIENTS);
	}

	/**
	 * The clients or the households per route on the date, small numbers left out.
	 */
	@Transactional(readOnly = true)
	public RouteCounts counts(CurrentUser user, LocalDate date, Counted counted) {
		this.policy.requireRead(user);
		return SmallNumbers.suppress(counts(user.municipalityId(), date, counted), this.threshold);
	}

	/**
	 * The counts on the first day of every month from {@code from} until {@code until},
	 * small numbers left out in each month.
	 */
	@Transactional(readOnly = true)
	public List<RouteCounts> monthly(CurrentUser user, LocalDate from, LocalDate until, Counted counted) {
		this.policy.requireRead(user);
		LocalDate first = from.withDayOfMonth(1);
		checkPeriod(first, until);
		List<RouteCounts> series = new ArrayList<>();
		for (LocalDate month = first; !month.isAfter(until); month = month.plusMonths(1)) {
			series.add(SmallNumbers.suppress(counts(user.municipalityId(), month, counted), this.threshold));
		}
		return series;
	}

	/**
	 * How many clients left KP4 from {@code from} to {@code until} (both inclusive), by
	 * the way they left: outflow by the benefit's end reason, handover, profile decision;
	 * small numbers left out.
	 */
	@Transactional(readOnly = true)
	public Kp4Left exits(CurrentUser user, LocalDate from, LocalDate until) {
		this.policy.requireRead(user);
		checkPeriod(from, until);
		return SmallNumbers.suppress(this.routes.exits(user.municipalityId(), from, until), this.threshold);
	}

	/**
	 * A report's period: {@code until} not before {@code from}, at most
	 * {@value #MAX_MONTHS} months.
	 */
	static void checkPeriod(LocalDate from, LocalDate until) {
		if (until.isBefore(from)) {
			throw new InvalidFieldException("until", "report.period.order");
		}
		if (from.plusMonths(MAX_MONTHS).isBefore(until)) {
			throw new InvalidFieldException("until", "report.period.tooLong");
		}
	}

	/**
	 * Households are counted from the route periods and the households as they are now,
	 * not from count deltas: asked for on purpose, for one reference date or a chart.
	 */
	private RouteCounts counts(UUID municipalityId, LocalDate date, Counted counted) {
		return counted == Counted.HOUSEHOLDS ? this.households.counts(municipalityId, date)
				: counts(municipalityId, date);
	}

	/**
	 * The counts of a municipality on a date, without a user (for measurements).
	 */
	RouteCounts counts(UUID municipalityId, LocalDate date) {
		return this.store.counts(municipalityId, date);
	}

}

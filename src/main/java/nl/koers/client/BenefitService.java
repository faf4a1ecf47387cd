package nl.koers.client;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.koers.accesslog.api.AccessAction;
import nl.koers.accesslog.api.AccessLog;
import nl.koers.client.api.BenefitEnd;
import nl.koers.client.api.BenefitEndReason;
import nl.koers.client.api.BenefitEnded;
import nl.koers.client.api.BenefitKind;
import nl.koers.client.api.BenefitPeriodView;
import nl.koers.client.api.Benefits;
import nl.koers.client.api.ClientDetails;
import nl.koers.client.api.NewBenefitPeriod;
import nl.koers.client.api.PlausibleDates;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.ConflictException;
import nl.koers.system.InvalidFieldException;
import nl.koers.system.NotFoundException;
import nl.koers.system.RefusedException;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * A client's benefit periods: at most one runs, periods do not overlap, and the client's
 * current benefit start follows the running period in the same transaction. Ending a
 * benefit is final and publishes {@link BenefitEnded}.
 */
@Service
@Validated
@EnableConfigurationProperties(PlausibleDates.class)
class BenefitService implements Benefits {

	private final BenefitPeriodRepository periods;

	private final ClientRepository clients;

	private final ClientAccessService access;

	private final ClientPolicy policy;

	private final AccessLog accessLog;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final PlausibleDates plausible;

	BenefitService(BenefitPeriodRepository periods, ClientRepository clients, ClientAccessService access,
			ClientPolicy policy, AccessLog accessLog, ApplicationEventPublisher events, Clock clock,
			PlausibleDates plausible) {
		this.plausible = plausible;
		this.periods = periods;
		this.clients = clients;
		this.access = access;
		this.policy = policy;
		this.accessLog = accessLog;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional
	public List<BenefitPeriodView> periods(CurrentUser user, UUID clientId) {
		Client client = this.access.client(user, clientId, AccessAction.READ);
		this.accessLog.record(user, AccessAction.READ, client.getId());
		return this.periods.findByClientIdOrderByStartDateDesc(client.getId())
			.stream()
			.map(BenefitPeriod::view)
			.toList();
	}

	@Override
	@Transactional
	public BenefitPeriodView start(CurrentUser user, UUID clientId, @Valid NewBenefitPeriod period) {
		Client client = changeable(user, clientId);
		BenefitPeriod started = open(client, period.kind(), period.startDate(), user.id(), "startDate");
		this.clients.saveAndFlush(client);
		return started.view();
	}

	@Override
	@Transactional
	public BenefitPeriodView end(CurrentUser user, UUID clientId, UUID periodId, @Valid BenefitEnd end) {
		Client client = changeable(user, clientId);
		BenefitPeriod period = this.periods.findByIdAndClientId(periodId, client.getId())
			.orElseThrow(() -> new NotFoundException("benefitPeriod"));
		if (!period.isOpen()) {
			throw new RefusedException("endDate", "benefit.end.alreadyEnded");
		}
		if (period.getVersion() != end.version()) {
			throw new ConflictException("conflict.stale", "the benefit period was changed by someone else");
		}
		if (end.endDate().isAfter(LocalDate.now(this.clock))) {
			throw new RefusedException("endDate", "benefit.end.future");
		}
		if (!end.endDate().isAfter(period.getStartDate())) {
			throw new RefusedException("endDate", "benefit.end.notAfterStart");
		}
		ended(client, period, end.endDate(), end.reason(), user);
		client.currentBenefit(null, this.clock.instant());
		this.periods.saveAndFlush(period);
		this.clients.saveAndFlush(client);
		return period.view();
	}

	/**
	 * The benefit section of the client file: the periods, and whether the user may start
	 * or end one.
	 */
	@Transactional
	public BenefitFile file(CurrentUser user, UUID clientId) {
		Client client = this.access.client(user, clientId, AccessAction.READ);
		this.accessLog.record(user, AccessAction.READ, client.getId());
		return BenefitFile.of(client.getId(), client.displayName(), client.details().withoutBenefit(),
				this.periods.findByClientIdOrderByStartDateDesc(client.getId())
					.stream()
					.map(BenefitPeriod::view)
					.toList(),
				this.policy.mayChange(user, client.getCaseLeadId()));
	}

	/**
	 * Ends a running period and tells the other modules ({@link BenefitEnded}): by hand
	 * or by an import, inside the caller's transaction.
	 */
	void ended(Client client, BenefitPeriod period, LocalDate date, BenefitEndReason reason, CurrentUser by) {
		period.end(date, reason, by.id(), this.clock.instant());
		this.events.publishEvent(new BenefitEnded(client.getId(), client.getMunicipalityId(), period.getId(), date,
				reason, client.getCaseLeadId(), by.id(), by.displayName()));
	}

	/**
	 * The registration's shorthand: one Participatiewet benefit from the client's benefit
	 * start, inside the registering transaction.
	 */
	void registered(Client client, UUID by) {
		LocalDate start = client.details().benefitStartDate();
		if (start != null) {
			open(client, BenefitKind.PARTICIPATIEWET, start, by, "benefitStartDate");
		}
	}

	/**
	 * An edit's shorthand: a changed start moves the start of the running benefit, or
	 * starts a Participatiewet benefit when none runs; no start leaves the periods alone.
	 */
	void edited(Client client, LocalDate start, UUID by) {
		if (start == null) {
			return;
		}
		List<BenefitPeriod> known = this.periods.findByClientIdOrderByStartDateDesc(client.getId());
		Optional<BenefitPeriod> running = known.stream().filter(BenefitPeriod::isOpen).findFirst();
		if (running.isEmpty()) {
			open(client, BenefitKind.PARTICIPATIEWET, start, by, "benefitStartDate");
			return;
		}
		if (running.get().getStartDate().equals(start)) {
			return;
		}
		checkStart(client, known, start, "benefitStartDate");
		running.get().moveStart(start);
		client.currentBenefit(start, this.clock.instant());
	}

	private Client changeable(CurrentUser user, UUID clientId) {
		Client client = this.access.changeable(user, clientId, AccessAction.UPDATE);
		this.accessLog.record(user, AccessAction.UPDATE, client.getId());
		return client;
	}

	private BenefitPeriod open(Client client, BenefitKind kind, LocalDate start, UUID by, String field) {
		List<BenefitPeriod> known = this.periods.findByClientIdOrderByStartDateDesc(client.getId());
		if (known.stream().anyMatch(BenefitPeriod::isOpen)) {
			throw new RefusedException(field, "benefit.start.running");
		}
		checkStart(client, known, start, field);
		BenefitPeriod period = this.periods
			.saveAndFlush(new BenefitPeriod(client, kind, start, by, this.clock.instant()));
		client.currentBenefit(start, this.clock.instant());
		return period;
	}

	/**
	 * A client's date of birth and benefit start as a form or the API gives them, every
	 * implausible one named at once.
	 */
	void checkPlausible(ClientDetails details) {
		LocalDate today = LocalDate.now(this.clock);
		List<RefusedException.Reason> implausible = new ArrayList<>();
		this.plausible.dateOfBirth("dateOfBirth", details.dateOfBirth(), today).ifPresent(implausible::add);
		if (details.benefitStartDate() != null) {
			this.plausible.benefitStart("benefitStartDate", details.dateOfBirth(), details.benefitStartDate(), today)
				.ifPresent(implausible::add);
		}
		if (!implausible.isEmpty()) {
			throw new InvalidFieldException(implausible);
		}
	}

	private void checkStart(Client client, List<BenefitPeriod> known, LocalDate start, String field) {
		Optional<RefusedException.Reason> implausible = this.plausible.benefitStart(field,
				client.details().dateOfBirth(), start, LocalDate.now(this.clock));
		if (implausible.isPresent()) {
			throw new RefusedException(List.of(implausible.get()));
		}
		if (known.stream().anyMatch(period -> !period.isOpen() && period.getEndDate().isAfter(start))) {
			throw new RefusedException(field, "benefit.start.overlaps");
		}
	}

}

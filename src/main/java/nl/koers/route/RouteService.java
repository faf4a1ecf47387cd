package nl.koers.route;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import nl.koers.client.api.BenefitEnded;
import nl.koers.client.api.CaseloadColumns;
import nl.koers.client.api.ClientAccess;
import nl.koers.client.api.ClientRef;
import nl.koers.client.api.Outcome;
import nl.koers.identity.api.CurrentUser;
import nl.koers.route.api.ClientProfile;
import nl.koers.route.api.EventKind;
import nl.koers.route.api.Handover;
import nl.koers.route.api.HistoryEntry;
import nl.koers.route.api.ImportedProfile;
import nl.koers.route.api.Kp4Exits;
import nl.koers.route.api.ProfileDecision;
import nl.koers.route.api.Review;
import nl.koers.route.api.Route;
import nl.koers.route.api.RouteChange;
import nl.koers.route.api.RoutePeriod;
import nl.koers.route.api.RoutePeriodsChanged;
import nl.koers.route.api.RoutePeriodsImported;
import nl.koers.route.api.Routes;
import nl.koers.route.api.SharedRoute;
import nl.koers.system.InvalidFieldException;
import nl.koers.system.Open;
import nl.koers.system.RefusedException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Profile decisions, route changes, reviews and handovers of KP4 clients. Every change is
 * a new recorded event; the history it would make is checked as a whole before it is
 * accepted, so back-dated changes and corrections cannot make it impossible. The changes
 * of one client take turns: each locks the client before it reads the history it checks.
 */
@Service
@Validated
class RouteService implements Routes {

	private static final Logger LOG = LoggerFactory.getLogger(RouteService.class);

	/**
	 * The data category (of {@code consent}) an institution needs to see the route.
	 */
	private static final String SHARED_CATEGORY = "ROUTE";

	private static final String IMPORT_REASON = "Klantprofiel uit de inkomensadministratie (import)";

	private final RouteEventRepository events;

	private final RoutePeriodStore periods;

	private final ClientAccess clients;

	private final ReviewScheduler reviews;

	private final CaseloadColumns caseload;

	private final ApplicationEventPublisher publisher;

	private final RoutePolicy policy;

	private final Clock clock;

	private final int maxDaysAhead;

	RouteService(RouteEventRepository events, RoutePeriodStore periods, ClientAccess clients, ReviewScheduler reviews,
			CaseloadColumns caseload, ApplicationEventPublisher publisher, RoutePolicy policy, Clock clock,
			@Value("${koers.route.max-days-ahead:31}") int maxDaysAhead) {
		this.policy = policy;
		this.events = events;
		this.periods = periods;
		this.clients = clients;
		this.reviews = reviews;
		this.caseload = caseload;
		this.publisher = publisher;
		this.clock = clock;
		this.maxDaysAhead = maxDaysAhead;
	}

	@Override
	@Transactional
	public HistoryEntry decideProfile(CurrentUser user, UUID clientId, ProfileDecision command) {
		return decideProfile(user, clientId, command, false);
	}

	/**
	 * A profile decision; with {@code outcomeRequired} (the case lead's form), ending a
	 * route other than investigation needs an outcome.
	 */
	@Transactional
	HistoryEntry decideProfile(CurrentUser user, UUID clientId, ProfileDecision command, boolean outcomeRequired) {
		return record(user, clientId, command.corrects(), outcomeRequired,
				RouteEvent.of(EventKind.PROFILE_DECISION, command.effectiveDate())
					.profile(command.profile())
					.reason(command.reason())
					.outcome(command.outcome()));
	}

	@Override
	@Transactional
	public HistoryEntry changeRoute(CurrentUser user, UUID clientId, RouteChange command) {
		return changeRoute(user, clientId, command, false);
	}

	/**
	 * A route change; with {@code outcomeRequired} (the case lead's form), ending a route
	 * other than investigation needs an outcome.
	 */
	@Transactional
	HistoryEntry changeRoute(CurrentUser user, UUID clientId, RouteChange command, boolean outcomeRequired) {
		checkRestEnd(command.route(), command.effectiveDate(), command.reviewDate());
		return record(user, clientId, command.corrects(), outcomeRequired,
				RouteEvent.of(EventKind.ROUTE_CHANGE, command.effectiveDate())
					.route(command.route())
					.reviewDate(command.route() == Route.REST ? command.reviewDate() : null)
					.reason(command.reason())
					.outcome(command.outcome()));
	}

	/**
	 * A handover; without an outcome, the client goes on to re-integration.
	 */
	@Override
	@Transactional
	public HistoryEntry handOver(CurrentUser user, UUID clientId, Handover command) {
		return record(user, clientId, command.corrects(), false,
				RouteEvent.of(EventKind.HANDOVER, command.effectiveDate())
					.organisation(command.organisation().strip())
					.reason(command.reason())
					.outcome(command.outcome() == null ? Outcome.REINTEGRATION : command.outcome()));
	}

	/**
	 * Records the case lead's review; changing the route records the route change too.
	 */
	@Override
	@Transactional
	public HistoryEntry review(CurrentUser user, UUID clientId, Review command) {
		return review(user, clientId, command, false);
	}

	/**
	 * A review; with {@code outcomeRequired} (the case lead's form), a change that ends a
	 * route other than investigation needs an outcome.
	 */
	@Transactional
	HistoryEntry review(CurrentUser user, UUID clientId, Review command, boolean outcomeRequired) {
		RouteEvent.Builder review = RouteEvent.of(EventKind.REVIEW, command.effectiveDate())
			.reviewDecision(command.decision())
			.reason(command.reason());
		switch (command.decision()) {
			case EXTEND_REST -> {
				checkRestEnd(Route.REST, command.effectiveDate(), command.reviewDate());
				review.reviewDate(command.reviewDate());
			}
			case CHANGE_ROUTE -> {
				if (command.route() == null) {
					throw new InvalidFieldException("route", "validation.required");
				}
				checkRestEnd(command.route(), command.effectiveDate(), command.reviewDate());
				RouteEvent.Builder change = RouteEvent.of(EventKind.ROUTE_CHANGE, command.effectiveDate())
					.route(command.route())
					.reviewDate(command.route() == Route.REST ? command.reviewDate() : null)
					.reason(command.reason())
					.outcome(command.outcome());
				return record(user, clientId, null, outcomeRequired, review, change);
			}
			case KEEP_CARE_SUPPORT -> {
			}
		}
		return record(user, clientId, null, false, review);
	}

	@Transactional
	public HistoryEntry withdraw(CurrentUser user, UUID clientId, UUID eventId, @Valid RouteWithdrawalForm form) {
		RouteEvent target = this.events.findByIdAndClientId(eventId, clientId)
			.orElseThrow(() -> new RefusedException("corrects", "route.correction.unknown"));
		if (target.getKind() == EventKind.OUTFLOW) {
			throw new RefusedException("corrects", "route.outflow.byBenefit");
		}
		return record(user, clientId, eventId, false,
				RouteEvent.of(target.getKind(), target.getEffectiveDate()).withdrawn().reason(form.reason()));
	}

	/**
	 * The history as known now, or as it was known at an instant.
	 */
	@Transactional
	public ClientHistory history(CurrentUser user, UUID clientId, Instant knownAt) {
		this.policy.requireRead(user);
		return history(user, this.clients.read(user, clientId), knownAt);
	}

	/**
	 * The history as known now, for a form that records a route step: only for the case
	 * lead or a coordinator, asked before the read is logged (a refusal is 403 and a
	 * denied entry, never a read).
	 */
	@Transactional
	public ClientHistory historyToChange(CurrentUser user, UUID clientId) {
		this.policy.requireRead(user);
		return history(user, this.clients.readToChange(user, clientId), null);
	}

	private ClientHistory history(CurrentUser user, ClientRef client, Instant knownAt) {
		List<RouteEvent> recorded = this.events.findByClientIdOrderByEffectiveDateAscRecordedAtAsc(client.id());
		if (knownAt != null) {
			recorded = recorded.stream().filter(event -> !event.getRecordedAt().isAfter(knownAt)).toList();
		}
		RouteReplay replay = RouteReplay.of(recorded);
		Set<UUID> corrected = recorded.stream()
			.map(RouteEvent::getCorrectsId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		LocalDate day = knownAt == null ? today() : LocalDate.ofInstant(knownAt, this.clock.getZone());
		RouteReplay.State now = replay.on(day);
		return new ClientHistory(client.id(), client.displayName(), this.clients.mayChange(user, client), knownAt,
				now.profile(), now.route(), now.routeSince(), now.restEnd(),
				this.reviews.nextCareReview(client.municipalityId(), now), now.handedOverTo(), replay.periods(),
				recorded.stream().map(event -> entry(event, corrected.contains(event.getId()))).toList());
	}

	@Override
	@Transactional
	public SharedRoute sharedRoute(CurrentUser worker, UUID clientId) {
		UUID id = this.clients.readShared(worker, clientId, SHARED_CATEGORY).id();
		RouteReplay replay = RouteReplay.of(this.events.findByClientIdOrderByEffectiveDateAscRecordedAtAsc(id));
		RouteReplay.State now = replay.on(today());
		return new SharedRoute(now.profile(), now.route(), now.routeSince(), now.restEnd(), replay.periods());
	}

	/**
	 * The clients of a municipality on a KP4 route on a date, for a selection such as a
	 * screening campaign; the caller applies its own access rules.
	 */
	@Override
	@Open("called by other modules inside their own checked step; gives ids only")
	@Transactional(readOnly = true)
	public List<UUID> clientsInKp4(UUID municipalityId, LocalDate date) {
		return this.periods.clientsOnRoute(municipalityId, date);
	}

	/**
	 * The client's KP4 route on a date, empty when the client is not KP4 then; the caller
	 * has checked access to the client.
	 */
	@Override
	@Open("called by other modules inside their own checked step, after their access check of the client")
	@Transactional(readOnly = true)
	public Optional<Route> routeOn(UUID clientId, LocalDate date) {
		return this.periods.routeOn(clientId, date);
	}

	/**
	 * The benefit ended: the KP4 route ends on that date as outflow with the benefit's
	 * end reason. Nothing happens when the client is not KP4 on that date or the outflow
	 * is recorded already (a repeated event). When later recorded events would no longer
	 * fit, nothing is recorded either and the case lead, who is told of the end on the
	 * worklist, sets the history straight.
	 */
	@Transactional
	void recordOutflow(BenefitEnded ended) {
		this.periods.lockClient(ended.clientId());
		List<RouteEvent> recorded = this.events.findByClientIdOrderByEffectiveDateAscRecordedAtAsc(ended.clientId());
		RouteReplay before = RouteReplay.of(recorded);
		boolean known = RouteReplay.effective(recorded)
			.stream()
			.anyMatch(
					event -> event.getKind() == EventKind.OUTFLOW && event.getEffectiveDate().equals(ended.endDate()));
		if (known || !before.on(ended.endDate()).inKp4()) {
			return;
		}
		RouteEvent outflow = RouteEvent.of(EventKind.OUTFLOW, ended.endDate())
			.client(ended.clientId(), ended.municipalityId())
			.reason(ended.reason().name())
			.outcome(Outcome.of(ended.reason()))
			.author(ended.endedBy(), ended.endedByName())
			.recordedAt(this.clock.instant())
			.build();
		List<RouteEvent> all = new ArrayList<>(recorded);
		all.add(outflow);
		RouteReplay after = RouteReplay.of(all);
		if (after.violations().size() > before.violations().size()) {
			LOG.warn("benefit period {} ended before later route events; no outflow recorded", ended.periodId());
			return;
		}
		this.events.save(outflow);
		save(new ClientRef(ended.clientId(), ended.municipalityId(), null, null, null, ended.caseLeadId()), before,
				after, List.of(outflow));
	}

	@Override
	@Open("called by dataimport inside its checked import step")
	@Transactional(propagation = Propagation.MANDATORY)
	public Map<UUID, RefusedException.Reason> importProfiles(CurrentUser importer, List<ImportedProfile> profiles) {
		Map<UUID, RefusedException.Reason> refused = new HashMap<>();
		Set<UUID> withHistory = this.periods
			.withHistory(profiles.stream().map(imported -> imported.client().id()).toList());
		importFirstProfiles(importer,
				profiles.stream().filter(imported -> !withHistory.contains(imported.client().id())).toList(), refused);
		for (ImportedProfile imported : profiles) {
			if (!withHistory.contains(imported.client().id())) {
				continue;
			}
			try {
				importProfile(importer, imported);
			}
			catch (InvalidFieldException ex) {
				refused.put(imported.client().id(), ex.reasons().get(0));
			}
		}
		return refused;
	}

	@Override
	@Open("counts only, no personal data; called by reports after their own access check")
	@Transactional(readOnly = true)
	public Kp4Exits exits(UUID municipalityId, LocalDate from, LocalDate until) {
		return this.periods.exits(municipalityId, from, until);
	}

	/**
	 * The first profile of clients without any route history, in batches: nothing to
	 * replay, so the decision, for KP4 the first route period and, when the benefit ended
	 * after the decision, the outflow that closed it are written directly, and the
	 * periods are announced in one {@link RoutePeriodsImported}.
	 */
	private void importFirstProfiles(CurrentUser importer, List<ImportedProfile> profiles,
			Map<UUID, RefusedException.Reason> refused) {
		List<RouteEvent> events = new ArrayList<>();
		List<RoutePeriodsChanged> changes = new ArrayList<>();
		Instant now = this.clock.instant();
		for (ImportedProfile imported : profiles) {
			ClientRef client = imported.client();
			try {
				checkDate(client, imported.effectiveDate());
			}
			catch (RefusedException ex) {
				refused.put(client.id(), ex.reasons().get(0));
				continue;
			}
			events.add(importedEvent(importer, client, EventKind.PROFILE_DECISION, imported.effectiveDate(), now)
				.profile(imported.profile())
				.reason(IMPORT_REASON)
				.build());
			if (imported.profile() != ClientProfile.KP4) {
				continue;
			}
			LocalDate until = null;
			if (imported.benefitEnded() != null && imported.benefitEnded().isAfter(imported.effectiveDate())) {
				until = imported.benefitEnded();
				events.add(importedEvent(importer, client, EventKind.OUTFLOW, until, now)
					.reason(imported.endReason().name())
					.outcome(Outcome.of(imported.endReason()))
					.build());
			}
			changes.add(new RoutePeriodsChanged(client.id(), client.municipalityId(), List.of(),
					List.of(new RoutePeriod(Route.INVESTIGATION, imported.effectiveDate(), until,
							until == null ? null : RoutePeriod.Kp4Exit.BENEFIT,
							until == null ? null : Outcome.of(imported.endReason())))));
		}
		this.periods.insertEvents(events);
		this.periods.insertFirstPeriods(changes);
		LocalDate today = LocalDate.now(this.clock);
		this.caseload.routes(changes.stream()
			.filter(change -> change.after().get(0).covers(today))
			.map(RoutePeriodsChanged::clientId)
			.toList(), Route.INVESTIGATION.name());
		if (!changes.isEmpty()) {
			this.publisher.publishEvent(new RoutePeriodsImported(importer.municipalityId(), changes));
		}
	}

	private static RouteEvent.Builder importedEvent(CurrentUser importer, ClientRef client, EventKind kind,
			LocalDate date, Instant now) {
		return RouteEvent.of(kind, date)
			.client(client.id(), client.municipalityId())
			.author(importer.id(), importer.displayName())
			.recordedAt(now);
	}

	private void importProfile(CurrentUser importer, ImportedProfile imported) {
		ClientRef client = imported.client();
		this.periods.lockClient(client.id());
		List<RouteEvent> recorded = this.events.findByClientIdOrderByEffectiveDateAscRecordedAtAsc(client.id());
		if (RouteReplay.of(recorded).on(imported.effectiveDate()).profile() == imported.profile()) {
			return;
		}
		append(importer, client, recorded, null, false,
				RouteEvent.of(EventKind.PROFILE_DECISION, imported.effectiveDate())
					.profile(imported.profile())
					.reason(IMPORT_REASON));
	}

	private HistoryEntry record(CurrentUser user, UUID clientId, UUID corrects, boolean outcomeRequired,
			RouteEvent.Builder... builders) {
		ClientRef client = this.clients.change(user, clientId);
		this.periods.lockClient(client.id());
		List<RouteEvent> recorded = this.events.findByClientIdOrderByEffectiveDateAscRecordedAtAsc(client.id());
		if (corrects != null) {
			checkCorrection(recorded, corrects, builders[0].build().getKind());
		}
		return append(user, client, recorded, corrects, outcomeRequired, builders);
	}

	/**
	 * Adds events to a locked client's recorded history when the history they make is
	 * possible (and, with {@code outcomeRequired}, have an outcome where they end a route
	 * other than investigation), and keeps the periods and reviews in step.
	 */
	private HistoryEntry append(CurrentUser user, ClientRef client, List<RouteEvent> recorded, UUID corrects,
			boolean outcomeRequired, RouteEvent.Builder... builders) {
		Instant now = this.clock.instant();
		List<RouteEvent> candidates = new ArrayList<>();
		for (RouteEvent.Builder builder : builders) {
			RouteEvent candidate = builder.client(client.id(), client.municipalityId())
				.corrects(candidates.isEmpty() ? corrects : null)
				.author(user.id(), user.displayName())
				.recordedAt(now)
				.build();
			if (!candidate.isWithdrawn()) {
				checkDate(client, candidate.getEffectiveDate());
			}
			candidates.add(candidate);
		}
		RouteReplay before = RouteReplay.of(recorded);
		List<RouteEvent> all = new ArrayList<>(recorded);
		all.addAll(candidates);
		RouteReplay after = RouteReplay.of(all);
		refuseViolations(before, after, candidates);
		if (outcomeRequired) {
			requireOutcome(after, candidates);
		}
		this.events.saveAll(candidates);
		save(client, before, after, candidates);
		return entry(candidates.get(candidates.size() - 1), false);
	}

	private void save(ClientRef client, RouteReplay before, RouteReplay after, List<RouteEvent> candidates) {
		if (!before.periods().equals(after.periods())) {
			this.periods.replace(client.id(), client.municipalityId(), after.periods());
			this.publisher.publishEvent(
					new RoutePeriodsChanged(client.id(), client.municipalityId(), before.periods(), after.periods()));
		}
		this.reviews.update(client, after, candidates);
	}

	private static void refuseViolations(RouteReplay before, RouteReplay after, List<RouteEvent> candidates) {
		Set<UUID> known = before.violations()
			.stream()
			.map(violation -> violation.event().getId())
			.collect(Collectors.toSet());
		after.violations()
			.stream()
			.filter(violation -> !known.contains(violation.event().getId()))
			.findFirst()
			.ifPresent(violation -> {
				if (candidates.contains(violation.event())) {
					throw new RefusedException(violation.field(), violation.messageKey());
				}
				throw new RefusedException("effectiveDate", "route.breaksHistory");
			});
	}

	/**
	 * An event that ends a route other than investigation (a period of the new history
	 * ends on its date) needs the outcome of that route.
	 */
	private static void requireOutcome(RouteReplay after, List<RouteEvent> candidates) {
		for (RouteEvent candidate : candidates) {
			if (candidate.isWithdrawn() || candidate.getKind() == EventKind.REVIEW || candidate.getOutcome() != null) {
				continue;
			}
			boolean endsRoute = after.periods()
				.stream()
				.anyMatch(period -> candidate.getEffectiveDate().equals(period.until())
						&& period.route() != Route.INVESTIGATION);
			if (endsRoute) {
				throw new InvalidFieldException("outcome", "route.outcome.required");
			}
		}
	}

	private static void checkCorrection(List<RouteEvent> recorded, UUID corrects, EventKind kind) {
		RouteEvent target = recorded.stream()
			.filter(event -> event.getId().equals(corrects))
			.findFirst()
			.orElseThrow(() -> new RefusedException("corrects", "route.correction.unknown"));
		if (target.getKind() != kind || target.isWithdrawn()) {
			throw new RefusedException("corrects", "route.correction.otherKind");
		}
		if (recorded.stream().anyMatch(event -> corrects.equals(event.getCorrectsId()))) {
			throw new RefusedException("corrects", "route.correction.alreadyCorrected");
		}
	}

	private void checkDate(ClientRef client, LocalDate date) {
		if (client.benefitStartDate() != null && date.isBefore(client.benefitStartDate())) {
			throw new RefusedException("effectiveDate", "route.date.beforeBenefit");
		}
		if (date.isAfter(today().plusDays(this.maxDaysAhead))) {
			throw new RefusedException("effectiveDate", "route.date.tooFarAhead");
		}
	}

	private static void checkRestEnd(Route route, LocalDate effectiveDate, LocalDate restEnd) {
		if (route != Route.REST) {
			return;
		}
		if (restEnd == null) {
			throw new InvalidFieldException("reviewDate", "route.rest.endRequired");
		}
		if (!restEnd.isAfter(effectiveDate)) {
			throw new InvalidFieldException("reviewDate", "route.rest.endBeforeStart");
		}
	}

	private static HistoryEntry entry(RouteEvent event, boolean corrected) {
		HistoryEntry.Status status = event.isWithdrawn() ? HistoryEntry.Status.WITHDRAWAL
				: corrected ? HistoryEntry.Status.CORRECTED : HistoryEntry.Status.EFFECTIVE;
		return new HistoryEntry(event.getId(), event.getKind(), event.getEffectiveDate(), event.getProfile(),
				event.getRoute(), event.getReviewDecision(), event.getReviewDate(), event.getOrganisation(),
				event.getReason(), event.getOutcome(), event.getAuthorName(), event.getRecordedAt(),
				event.getCorrectsId(), status);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	@Override
	@Open("called by other modules for counts inside their own checked step; gives ids and routes only")
	@Transactional(readOnly = true)
	public Map<UUID, Route> routesOn(UUID municipalityId, LocalDate date) {
		return this.periods.routesOn(municipalityId, date);
	}

}

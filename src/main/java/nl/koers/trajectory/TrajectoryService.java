package nl.koers.trajectory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.koers.accesslog.api.AccessAction;
import nl.koers.accesslog.api.AccessLog;
import nl.koers.budget.api.Budgets;
import nl.koers.client.api.ClientAccess;
import nl.koers.client.api.ClientRef;
import nl.koers.client.api.Outcome;
import nl.koers.consent.api.SharedCategories;
import nl.koers.contract.api.ScheduleKind;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.CursorPage;
import nl.koers.system.InvalidFieldException;
import nl.koers.system.RefusedException;
import nl.koers.task.api.TaskType;
import nl.koers.task.api.Tasks;
import nl.koers.trajectory.TrajectoryStore.Change;
import nl.koers.trajectory.TrajectoryStore.Row;
import nl.koers.trajectory.api.PhaseChange;
import nl.koers.trajectory.api.ProviderAnswer;
import nl.koers.trajectory.api.StepKind;
import nl.koers.trajectory.api.Trajectories;
import nl.koers.trajectory.api.TrajectoryEnd;
import nl.koers.trajectory.api.TrajectoryEnded;
import nl.koers.trajectory.api.TrajectoryNote;
import nl.koers.trajectory.api.TrajectoryStart;
import nl.koers.trajectory.api.TrajectoryStarted;
import nl.koers.trajectory.api.TrajectoryStatus;
import nl.koers.trajectory.api.TrajectoryView;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.springframework.validation.annotation.Validated;

/**
 * A trajectory from the provider's answer to its end: the provider accepts or declines,
 * the trajectory starts, moves through its phases with the provider's reports, and ends
 * with an outcome and aftercare. Start, phases and end may be recorded by either side.
 * Starting opens the case lead's tasks for the approaching and the passed maximum
 * duration; ending closes them. The start and the end are published
 * ({@link TrajectoryStarted}, {@link TrajectoryEnded}) in the transaction that records
 * them.
 */
@Service
@Validated
class TrajectoryService implements Trajectories {

	private final TrajectoryStore store;

	private final TrajectoryPolicy policy;

	private final TrajectorySides sides;

	private final ClientAccess clients;

	private final Budgets budgets;

	private final Tasks tasks;

	private final AccessLog accessLog;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	TrajectoryService(TrajectoryStore store, TrajectoryPolicy policy, TrajectorySides sides, ClientAccess clients,
			Budgets budgets, Tasks tasks, AccessLog accessLog, ApplicationEventPublisher publisher, Clock clock) {
		this.store = store;
		this.policy = policy;
		this.sides = sides;
		this.clients = clients;
		this.budgets = budgets;
		this.tasks = tasks;
		this.accessLog = accessLog;
		this.publisher = publisher;
		this.clock = clock;
	}

	@Override
	@Transactional
	public SharedCategories sharedWith(CurrentUser worker, UUID id) {
		Row row = this.sides.provider(worker, this.sides.find(worker, id), AccessAction.READ);
		UUID clientId = row.view().clientId();
		return new SharedCategories(clientId, this.sides.shared(clientId, worker.organisationId()));
	}

	@Transactional
	public TrajectoryView trajectory(CurrentUser user, UUID id) {
		return this.sides.show(user, this.sides.find(user, id));
	}

	/**
	 * The client's trajectories, for the municipality's side; logs a read.
	 */
	@Transactional
	public List<TrajectoryView> ofClient(CurrentUser user, UUID clientId) {
		if (clientId == null) {
			throw new InvalidFieldException("clientId", "validation.required");
		}
		ClientRef client = this.clients.read(user, clientId);
		return this.store.ofClient(client.municipalityId(), client.id())
			.stream()
			.map(row -> row.view().withClientName(client.displayName()))
			.toList();
	}

	/**
	 * A page of the client's trajectories, latest nominated first, for the API.
	 */
	@Transactional
	public CursorPage<TrajectoryView> ofClient(CurrentUser user, UUID clientId, String next, int limit) {
		if (clientId == null) {
			throw new InvalidFieldException("clientId", "validation.required");
		}
		ClientRef client = this.clients.read(user, clientId);
		return this.store.ofClient(client.municipalityId(), client.id(), next, limit)
			.map(row -> row.view().withClientName(client.displayName()));
	}

	/**
	 * A page of the provider's open trajectories and those in aftercare, for the API;
	 * every client shown is logged.
	 */
	@Transactional
	public CursorPage<TrajectoryView> ofProvider(CurrentUser worker, String next, int limit) {
		this.policy.requireWorker(worker);
		CursorPage<Row> rows = this.store.current(worker.municipalityId(), worker.organisationId(),
				LocalDate.now(this.clock), next, limit);
		this.accessLog.record(worker, AccessAction.LIST,
				rows.items().stream().map(row -> row.view().clientId()).toList());
		return rows.map(row -> this.sides.show(worker, row));
	}

	/**
	 * The provider's open trajectories and those in aftercare; each client shown is
	 * logged.
	 */
	@Transactional
	public List<TrajectoryView> ofProvider(CurrentUser worker) {
		this.policy.requireWorker(worker);
		List<Row> rows = this.store.current(worker.municipalityId(), worker.organisationId(),
				LocalDate.now(this.clock));
		this.accessLog.record(worker, AccessAction.LIST, rows.stream().map(row -> row.view().clientId()).toList());
		return rows.stream().map(row -> this.sides.show(worker, row)).toList();
	}

	@Override
	@Transactional
	public TrajectoryView answer(CurrentUser worker, UUID id, ProviderAnswer form) {
		Row row = this.sides.provider(worker, this.sides.find(worker, id), AccessAction.UPDATE);
		boolean accept = form.accept();
		if (!accept && !StringUtils.hasText(form.reason())) {
			throw new InvalidFieldException("reason", "validation.required");
		}
		LocalDate day = this.sides.day(form.answeredOn());
		if (day.isBefore(row.view().nominatedOn())) {
			throw new RefusedException("answeredOn", "trajectory.answer.beforeNomination");
		}
		this.sides.move(row, TrajectoryStatus.NOMINATED, form.version(),
				Change.to(accept ? TrajectoryStatus.ACCEPTED : TrajectoryStatus.DECLINED));
		step(row, accept ? StepKind.ACCEPTED : StepKind.DECLINED, day, null, null, form.reason(), worker);
		if (!accept) {
			this.budgets.release(id);
		}
		this.accessLog.record(worker, AccessAction.UPDATE, row.view().clientId());
		return reread(worker, row);
	}

	@Override
	@Transactional
	public TrajectoryView start(CurrentUser user, UUID id, TrajectoryStart form) {
		Row row = this.sides.find(user, id);
		this.sides.changeEither(user, row);
		LocalDate day = this.sides.day(form.startedOn());
		if (day.isBefore(row.view().nominatedOn())) {
			throw new RefusedException("startedOn", "trajectory.start.beforeNomination");
		}
		this.sides.move(row, TrajectoryStatus.ACCEPTED, form.version(),
				new Change(TrajectoryStatus.STARTED, day, 1, day, null, null, null, null));
		step(row, StepKind.STARTED, day, 1, null, null, user);
		this.publisher.publishEvent(new TrajectoryStarted(id, row.view().clientId(), row.municipalityId(), day));
		phaseMoney(row, 1, day);
		Row started = this.store.find(row.municipalityId(), id).orElseThrow();
		UUID caseLead = this.clients.caseLead(row.municipalityId(), row.view().clientId()).orElse(null);
		this.tasks.schedule(row.municipalityId(), row.view().clientId(), TaskType.TRAJECTORY_ENDING,
				started.view().warningFrom(), caseLead);
		this.tasks.schedule(row.municipalityId(), row.view().clientId(), TaskType.TRAJECTORY_OVERDUE,
				started.view().maximumEnd(), caseLead);
		return this.sides.show(user, started);
	}

	@Override
	@Transactional
	public TrajectoryView changePhase(CurrentUser user, UUID id, PhaseChange form) {
		Row row = this.sides.find(user, id);
		this.sides.changeEither(user, row);
		TrajectoryView trajectory = row.view();
		LocalDate day = this.sides.day(form.from());
		if (form.phase() > trajectory.phases().size() || form.phase().equals(trajectory.phase())) {
			throw new RefusedException("phase", "trajectory.phase.invalid");
		}
		if (trajectory.phaseSince() != null && day.isBefore(trajectory.phaseSince())) {
			throw new RefusedException("from", "trajectory.phase.beforeCurrent");
		}
		this.sides.move(row, TrajectoryStatus.STARTED, form.version(),
				new Change(TrajectoryStatus.STARTED, null, form.phase(), day, null, null, null, null));
		step(row, StepKind.PHASE, day, form.phase(), null, form.note(), user);
		phaseMoney(row, form.phase(), day);
		return reread(user, row);
	}

	/**
	 * The provider's report on the current phase (or on aftercare).
	 */
	@Override
	@Transactional
	public TrajectoryView report(CurrentUser worker, UUID id, TrajectoryNote form) {
		Row row = this.sides.provider(worker, this.sides.find(worker, id), AccessAction.UPDATE);
		TrajectoryView trajectory = row.view();
		LocalDate today = LocalDate.now(this.clock);
		if (trajectory.status() != TrajectoryStatus.STARTED && !trajectory.inAftercare(today)) {
			throw new RefusedException("status", "trajectory.report.notRunning");
		}
		step(row, StepKind.REPORT, this.sides.day(form.date()), trajectory.phase(), null, form.text(), worker);
		this.accessLog.record(worker, AccessAction.UPDATE, trajectory.clientId());
		return reread(worker, row);
	}

	@Override
	@Transactional
	public TrajectoryView end(CurrentUser user, UUID id, TrajectoryEnd form) {
		Row row = this.sides.find(user, id);
		this.sides.changeEither(user, row);
		TrajectoryView trajectory = row.view();
		LocalDate day = this.sides.day(form.endedOn());
		if (trajectory.startedOn() != null && day.isBefore(trajectory.startedOn())) {
			throw new RefusedException("endedOn", "trajectory.end.beforeStart");
		}
		if (!form.outcome().movedOn() && !StringUtils.hasText(form.note())) {
			throw new InvalidFieldException("note", "trajectory.end.noteRequired");
		}
		LocalDate aftercare = row.aftercareMonths() > 0 ? day.plusMonths(row.aftercareMonths()) : null;
		this.sides.move(row, TrajectoryStatus.STARTED, form.version(), new Change(TrajectoryStatus.ENDED, null, null,
				null, day, form.outcome(), text(form.note()), aftercare));
		step(row, StepKind.ENDED, day, trajectory.phase(), form.outcome(), form.note(), user);
		this.publisher
			.publishEvent(new TrajectoryEnded(id, trajectory.clientId(), row.municipalityId(), day, form.outcome()));
		if (row.scheduleKind() == ScheduleKind.PHASES) {
			this.budgets.releasePhasesFrom(id, trajectory.phase() + 1);
		}
		this.tasks.cancel(trajectory.clientId(), TaskType.TRAJECTORY_ENDING);
		this.tasks.cancel(trajectory.clientId(), TaskType.TRAJECTORY_OVERDUE);
		return reread(user, row);
	}

	private void phaseMoney(Row row, int phase, LocalDate day) {
		if (row.scheduleKind() == ScheduleKind.PHASES) {
			this.budgets.moveToYear(row.view().id(), phase, day.getYear());
		}
	}

	private void step(Row row, StepKind kind, LocalDate day, Integer phase, Outcome outcome, String note,
			CurrentUser author) {
		this.store.addStep(row.view().id(), kind, day, phase, outcome, text(note), author, this.clock.instant());
	}

	private TrajectoryView reread(CurrentUser user, Row row) {
		return this.sides.show(user, this.store.find(row.municipalityId(), row.view().id()).orElseThrow());
	}

	private static String text(String value) {
		return StringUtils.hasText(value) ? value.strip() : null;
	}

}

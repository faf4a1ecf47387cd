package nl.koers.goal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import nl.koers.client.api.ClientAccess;
import nl.koers.client.api.ClientRef;
import nl.koers.goal.api.GoalStatus;
import nl.koers.goal.api.GoalView;
import nl.koers.goal.api.Goals;
import nl.koers.goal.api.NewGoal;
import nl.koers.goal.api.NewGoalStatus;
import nl.koers.goal.api.NewProgressNote;
import nl.koers.goal.api.SharedGoal;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.ConflictException;
import nl.koers.system.CursorPage;
import nl.koers.system.InvalidFieldException;
import nl.koers.system.NotFoundException;
import nl.koers.system.RefusedException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The client's own goals ({@link Goals}), and the pages' reads. Every call asks the
 * {@link GoalPolicy} and passes {@link ClientAccess}, which checks the client and writes
 * the access log.
 */
@Service
@Validated
class GoalService implements Goals {

	/**
	 * The data category (of {@code consent}) an institution needs to see the goals.
	 */
	private static final String SHARED_CATEGORY = "GOALS";

	private final GoalStore store;

	private final ClientAccess access;

	private final GoalPolicy policy;

	private final Clock clock;

	GoalService(GoalStore store, ClientAccess access, GoalPolicy policy, Clock clock) {
		this.store = store;
		this.access = access;
		this.policy = policy;
		this.clock = clock;
	}

	@Override
	@Transactional
	public GoalView set(CurrentUser user, UUID clientId, NewGoal goal) {
		this.policy.requireRecord(user);
		ClientRef client = this.access.change(user, clientId);
		notInFuture("startDate", goal.startDate());
		UUID id = this.store.insert(client.municipalityId(), client.id(), goal, user, now());
		return this.store.find(client.municipalityId(), id).orElseThrow();
	}

	@Override
	@Transactional
	public List<SharedGoal> sharedGoals(CurrentUser worker, UUID clientId) {
		UUID id = this.access.readShared(worker, clientId, SHARED_CATEGORY).id();
		return this.store.forClient(worker.municipalityId(), id)
			.stream()
			.map(goal -> new SharedGoal(goal.category(), goal.description(), goal.startDate(), goal.status(),
					goal.statusSince()))
			.toList();
	}

	/**
	 * The client's goals, oldest first.
	 */
	@Transactional
	public List<GoalView> goals(CurrentUser user, UUID clientId) {
		this.policy.requireRead(user);
		ClientRef client = this.access.read(user, clientId);
		return this.store.forClient(client.municipalityId(), client.id());
	}

	/**
	 * A page of the client's goals, by start date, for the API.
	 */
	@Transactional
	public CursorPage<GoalView> goals(CurrentUser user, UUID clientId, String next, int limit) {
		this.policy.requireRead(user);
		ClientRef client = this.access.read(user, clientId);
		return this.store.forClient(client.municipalityId(), client.id(), next, limit);
	}

	/**
	 * One goal with its progress notes and status history.
	 */
	@Transactional
	public GoalView goal(CurrentUser user, UUID goalId) {
		this.policy.requireRead(user);
		GoalView goal = find(user, goalId);
		this.access.read(user, goal.clientId());
		return goal;
	}

	@Override
	@Transactional
	public GoalView addProgress(CurrentUser user, UUID goalId, NewProgressNote progress) {
		GoalView goal = forRecording(user, goalId);
		if (!goal.active()) {
			throw new RefusedException("notedOn", "goal.notActive");
		}
		checkDate("notedOn", progress.notedOn(), goal.startDate(), "goal.date.beforeStart");
		this.store.addProgress(goal.id(), progress, user, now());
		return find(user, goalId);
	}

	@Override
	@Transactional
	public GoalView changeStatus(CurrentUser user, UUID goalId, NewGoalStatus change) {
		GoalView goal = forRecording(user, goalId);
		if (change.status() == goal.status()) {
			throw new RefusedException("status", "goal.status.unchanged");
		}
		if (!goal.active() && change.status() != GoalStatus.ACTIVE) {
			throw new RefusedException("status", "goal.status.reactivateFirst");
		}
		checkDate("changedOn", change.changedOn(), goal.statusSince(), "goal.status.beforeLast");
		if (!this.store.changeStatus(goal.id(), change, user, now())) {
			throw new ConflictException("conflict.stale", "the goal was changed in the meantime");
		}
		return find(user, goalId);
	}

	/**
	 * The client and their goals for the goals page, and whether the user may record.
	 */
	@Transactional
	GoalPage page(CurrentUser user, UUID clientId) {
		this.policy.requireRead(user);
		return page(user, this.access.read(user, clientId));
	}

	private GoalPage page(CurrentUser user, ClientRef client) {
		return new GoalPage(client, this.access.mayChange(user, client),
				this.store.forClient(client.municipalityId(), client.id()), today());
	}

	/**
	 * The goals page for a user who may record, for the forms; the goal, when given, must
	 * be one of the client's. Who may record is asked before the read is logged (a
	 * refusal is a denied entry, never a read).
	 */
	@Transactional
	GoalPage recordingPage(CurrentUser user, UUID clientId, UUID goalId) {
		this.policy.requireRead(user);
		GoalPage page = page(user, this.access.readToChange(user, clientId));
		if (goalId != null && page.goal(goalId) == null) {
			throw new NotFoundException("goal");
		}
		return page;
	}

	record GoalPage(ClientRef client, boolean mayRecord, List<GoalView> goals, LocalDate today) {

		GoalView goal(UUID goalId) {
			return this.goals.stream().filter(goal -> goal.id().equals(goalId)).findFirst().orElse(null);
		}

	}

	private GoalView forRecording(CurrentUser user, UUID goalId) {
		this.policy.requireRecord(user);
		GoalView goal = find(user, goalId);
		this.access.change(user, goal.clientId());
		return goal;
	}

	private GoalView find(CurrentUser user, UUID goalId) {
		return this.store.find(user.municipalityId(), goalId).orElseThrow(() -> new NotFoundException("goal"));
	}

	private void checkDate(String field, LocalDate date, LocalDate earliest, String tooEarly) {
		notInFuture(field, date);
		if (date.isBefore(earliest)) {
			throw new RefusedException(field, tooEarly);
		}
	}

	private void notInFuture(String field, LocalDate date) {
		if (date.isAfter(today())) {
			throw new InvalidFieldException(field, "goal.date.future");
		}
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}

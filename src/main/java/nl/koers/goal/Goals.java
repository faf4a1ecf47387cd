package nl.koers.goal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.koers.client.api.ClientAccess;
import nl.koers.client.api.ClientRef;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.system.ConflictException;
import nl.koers.system.InvalidFieldException;
import nl.koers.system.NotFoundException;
import nl.koers.system.RefusedException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The client's own goals: set by the case lead or a coordinator, followed with progress
 * notes, and achieved, stopped or made active again through dated status changes. A goal
 * that is not active takes no progress notes and only one status change: back to
 * {@link GoalStatus#ACTIVE}. Every call passes {@link ClientAccess}, which checks the
 * client and writes the access log.
 */
@Service
@Validated
public class Goals {

	private final GoalStore store;

	private final ClientAccess access;

	private final Clock clock;

	Goals(GoalStore store, ClientAccess access, Clock clock) {
		this.store = store;
		this.access = access;
		this.clock = clock;
	}

	@Transactional
	public GoalView set(CurrentUser user, UUID clientId, @Valid NewGoal goal) {
		requireRecorder(user);
		ClientRef client = this.access.change(user, clientId);
		notInFuture("startDate", goal.startDate());
		UUID id = this.store.insert(client.municipalityId(), client.id(), goal, user, now());
		return this.store.find(client.municipalityId(), id).orElseThrow();
	}

	@Transactional
	public List<GoalView> goals(CurrentUser user, UUID clientId) {
		requireReader(user);
		ClientRef client = this.access.read(user, clientId);
		return this.store.forClient(client.municipalityId(), client.id());
	}

	@Transactional
	public GoalView goal(CurrentUser user, UUID goalId) {
		requireReader(user);
		GoalView goal = find(user, goalId);
		this.access.read(user, goal.clientId());
		return goal;
	}

	@Transactional
	public GoalView addProgress(CurrentUser user, UUID goalId, @Valid ProgressForm progress) {
		GoalView goal = forRecording(user, goalId);
		if (!goal.active()) {
			throw new RefusedException("notedOn", "goal.notActive");
		}
		checkDate("notedOn", progress.notedOn(), goal.startDate(), "goal.date.beforeStart");
		this.store.addProgress(goal.id(), progress, user, now());
		return find(user, goalId);
	}

	@Transactional
	public GoalView changeStatus(CurrentUser user, UUID goalId, @Valid StatusForm change) {
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
		requireReader(user);
		ClientRef client = this.access.read(user, clientId);
		return new GoalPage(client, this.access.mayChange(user, client),
				this.store.forClient(client.municipalityId(), client.id()), today());
	}

	/**
	 * The goals page for a user who may record, for the forms; the goal, when given, must
	 * be one of the client's.
	 */
	@Transactional
	GoalPage recordingPage(CurrentUser user, UUID clientId, UUID goalId) {
		GoalPage page = page(user, clientId);
		if (!page.mayRecord()) {
			throw new AccessDeniedException("only the case lead or a coordinator records goals");
		}
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
		requireRecorder(user);
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

	private static void requireReader(CurrentUser user) {
		if (!user.hasAnyRole(Role.CONSULTANT, Role.COORDINATOR, Role.INSTITUTION_WORKER)) {
			throw new AccessDeniedException("this role has no access to client goals");
		}
	}

	private static void requireRecorder(CurrentUser user) {
		if (!user.hasAnyRole(Role.CONSULTANT, Role.COORDINATOR)) {
			throw new AccessDeniedException("only consultants and coordinators record goals");
		}
	}

}

package nl.koers.trajectory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import nl.koers.accesslog.api.AccessAction;
import nl.koers.accesslog.api.AccessLog;
import nl.koers.client.api.ClientAccess;
import nl.koers.client.api.ClientRef;
import nl.koers.consent.api.DataCategory;
import nl.koers.consent.api.Sharing;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.ConflictException;
import nl.koers.system.NotFoundException;
import nl.koers.system.RefusedException;
import nl.koers.trajectory.TrajectoryStore.Change;
import nl.koers.trajectory.TrajectoryStore.Row;
import nl.koers.trajectory.api.TrajectoryStatus;
import nl.koers.trajectory.api.TrajectoryView;

import org.springframework.stereotype.Component;

/**
 * Who may do what with a trajectory. The municipality's side (the case lead or a
 * coordinator) nominates, withdraws and reads the whole file; the provider's workers see
 * their own contracts' trajectories and the client only as far as shared; a contract
 * manager sees trajectories without who the client is and without any free text about
 * them ({@link TrajectoryView#withoutFreeText()}). Every read and change is logged.
 */
@Component
class TrajectorySides {

	private final TrajectoryStore store;

	private final ClientAccess clients;

	private final Sharing sharing;

	private final AccessLog accessLog;

	private final TrajectoryPolicy policy;

	private final Clock clock;

	TrajectorySides(TrajectoryStore store, ClientAccess clients, Sharing sharing, AccessLog accessLog,
			TrajectoryPolicy policy, Clock clock) {
		this.store = store;
		this.policy = policy;
		this.clients = clients;
		this.sharing = sharing;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	Row find(CurrentUser user, UUID id) {
		this.policy.requireReader(user);
		return this.store.find(user.municipalityId(), id).orElseThrow(() -> new NotFoundException("trajectory"));
	}

	/**
	 * Moves the trajectory on from the status the caller saw; 422 when that step is not
	 * possible from where it stands, 409 when someone else moved it first.
	 */
	void move(Row row, TrajectoryStatus from, Long version, Change change) {
		if (row.view().status() != from) {
			throw new RefusedException("status", "trajectory.step.notAllowed");
		}
		if (!this.store.change(row.view().id(), from, version, change)) {
			throw new ConflictException("conflict.stale", "trajectory " + row.view().id() + " changed meanwhile");
		}
	}

	/**
	 * The day of a step: today when not given, never in the future.
	 */
	LocalDate day(LocalDate given) {
		LocalDate today = LocalDate.now(this.clock);
		if (given != null && given.isAfter(today)) {
			throw new RefusedException("date", "trajectory.date.future");
		}
		return given == null ? today : given;
	}

	/**
	 * The client, for a change by the municipality's side; logs the change.
	 */
	ClientRef change(CurrentUser user, Row row) {
		this.policy.requireClientSide(user);
		return this.clients.change(user, row.view().clientId());
	}

	/**
	 * The trajectory if it is under a contract of the worker's organisation; else 404,
	 * logged as denied.
	 */
	Row provider(CurrentUser user, Row row, AccessAction action) {
		this.policy.requireWorker(user);
		if (!user.organisationId().equals(row.view().providerId())) {
			this.accessLog.recordDenied(user, action, row.view().clientId());
			throw new NotFoundException("trajectory");
		}
		return row;
	}

	/**
	 * The municipality's side or the provider records this step; logs the change.
	 */
	void changeEither(CurrentUser user, Row row) {
		if (this.policy.mayNominate(user)) {
			change(user, row);
		}
		else {
			provider(user, row, AccessAction.UPDATE);
			this.accessLog.record(user, AccessAction.UPDATE, row.view().clientId());
		}
	}

	/**
	 * The trajectory as the user may read it; logs the read.
	 */
	TrajectoryView show(CurrentUser user, Row row) {
		UUID clientId = row.view().clientId();
		if (this.policy.mayNominate(user)) {
			return row.view().withClientName(this.clients.read(user, clientId).displayName());
		}
		if (this.policy.mayAnswer(user)) {
			provider(user, row, AccessAction.READ);
			return row.view().withClientName(identity(user, row));
		}
		this.policy.requireApprover(user);
		this.accessLog.record(user, AccessAction.READ, clientId);
		return row.view().withoutFreeText();
	}

	/**
	 * The categories the provider may see of the client today: what the client and the
	 * data-sharing agreement permit, while a trajectory with the provider is open or in
	 * aftercare.
	 */
	Set<DataCategory> shared(UUID clientId, UUID organisationId) {
		return this.store.sharedWith(clientId, organisationId, LocalDate.now(this.clock))
			.map(municipality -> this.sharing.permitted(municipality, clientId, organisationId))
			.orElse(EnumSet.noneOf(DataCategory.class));
	}

	/**
	 * The client's name if the provider may see it (logged as a read), else the read of
	 * the trajectory alone is logged and the name stays empty.
	 */
	private String identity(CurrentUser worker, Row row) {
		UUID clientId = row.view().clientId();
		if (shared(clientId, worker.organisationId()).contains(DataCategory.IDENTITY)) {
			return this.clients.readShared(worker, clientId, DataCategory.IDENTITY.name()).displayName();
		}
		this.accessLog.record(worker, AccessAction.READ, clientId);
		return null;
	}

}

package nl.koers.trajectory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.koers.accesslog.api.AccessAction;
import nl.koers.accesslog.api.AccessLog;
import nl.koers.budget.api.Budgets;
import nl.koers.budget.api.Commitment;
import nl.koers.client.api.ClientAccess;
import nl.koers.client.api.ClientRef;
import nl.koers.contract.api.ContractView;
import nl.koers.contract.api.Contracts;
import nl.koers.identity.api.CurrentUser;
import nl.koers.route.api.Routes;
import nl.koers.system.CursorPage;
import nl.koers.system.InvalidFieldException;
import nl.koers.system.RefusedException;
import nl.koers.trajectory.Eligibility.Verdict;
import nl.koers.trajectory.TrajectoryStore.Change;
import nl.koers.trajectory.TrajectoryStore.Row;
import nl.koers.trajectory.api.Nomination;
import nl.koers.trajectory.api.Nominations;
import nl.koers.trajectory.api.StepKind;
import nl.koers.trajectory.api.TrajectoryNote;
import nl.koers.trajectory.api.TrajectoryStatus;
import nl.koers.trajectory.api.TrajectoryView;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.springframework.validation.annotation.Validated;

/**
 * Nominations of clients for a trajectory: checked against the contract's eligibility
 * rules, committing the price against the budget (locked from the check until the
 * commitment, so that nominations under contracts sharing a budget cannot overspend it),
 * approved by the contract manager where the contract asks for it, and withdrawn by the
 * consultant until the trajectory starts.
 */
@Service
@Validated
class NominationService implements Nominations {

	private final TrajectoryStore store;

	private final Contracts contracts;

	private final TrajectoryPolicy policy;

	private final TrajectorySides sides;

	private final ClientAccess clients;

	private final Routes routes;

	private final Budgets budgets;

	private final AccessLog accessLog;

	private final Clock clock;

	NominationService(TrajectoryStore store, Contracts contracts, TrajectoryPolicy policy, TrajectorySides sides,
			ClientAccess clients, Routes routes, Budgets budgets, AccessLog accessLog, Clock clock) {
		this.store = store;
		this.contracts = contracts;
		this.policy = policy;
		this.sides = sides;
		this.clients = clients;
		this.routes = routes;
		this.budgets = budgets;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	/**
	 * Nominates the client, or refuses with every failed rule's reason. A nomination
	 * outside the window, beyond the places or the budget waits for approval when the
	 * contract allows that.
	 */
	@Override
	@Transactional
	public TrajectoryView nominate(CurrentUser user, UUID clientId, Nomination form) {
		this.policy.requireClientSide(user);
		ClientRef client = this.clients.change(user, clientId);
		ContractView contract = this.contracts.lock(user.municipalityId(), form.contractId())
			.orElseThrow(() -> new InvalidFieldException("contractId", "trajectory.contract.unknown"));
		LocalDate date = form.nominatedOn() == null ? LocalDate.now(this.clock) : form.nominatedOn();
		if (date.isAfter(LocalDate.now(this.clock))) {
			throw new RefusedException("nominatedOn", "trajectory.date.future");
		}
		List<Commitment> price = contract.commitments(date);
		this.budgets.lock(client.municipalityId(), contract.budgetSource(),
				price.stream().map(Commitment::year).distinct().toList());
		Verdict verdict = Eligibility.check(new NominationFacts(contract, client, date,
				this.routes.routeOn(client.id(), date).orElse(null), this.store.hasOpen(client.id()),
				this.budgets.shortfalls(client.municipalityId(), contract.budgetSource(), price)));
		if (!verdict.refusals().isEmpty() || (!verdict.exceptions().isEmpty() && !contract.exceptionsNeedApproval())) {
			throw new RefusedException(verdict.all());
		}
		TrajectoryStatus status = verdict.eligible() ? TrajectoryStatus.NOMINATED : TrajectoryStatus.AWAITING_APPROVAL;
		UUID id = this.store.insert(client.municipalityId(), contract.id(), client.id(), status, date,
				form.motivation().strip(), verdict.exceptionRules(), user, this.clock.instant());
		this.store.addStep(id, StepKind.NOMINATED, date, null, null, form.motivation().strip(), user,
				this.clock.instant());
		this.budgets.commit(client.municipalityId(), contract.budgetSource(), contract.id(), id, price);
		return this.sides.show(user, this.store.find(user.municipalityId(), id).orElseThrow());
	}

	/**
	 * The contract manager approves a nomination that needed it (it goes to the
	 * provider), or does not (its money is released).
	 */
	@Transactional
	public TrajectoryView decide(CurrentUser user, UUID id, @Valid ApprovalForm form) {
		this.policy.requireApprover(user);
		Row row = this.sides.find(user, id);
		boolean approve = form.approve();
		if (!approve && !StringUtils.hasText(form.note())) {
			throw new InvalidFieldException("note", "validation.required");
		}
		TrajectoryStatus next = approve ? TrajectoryStatus.NOMINATED : TrajectoryStatus.NOT_APPROVED;
		this.sides.move(row, TrajectoryStatus.AWAITING_APPROVAL, form.version(), Change.to(next));
		this.store.addStep(id, approve ? StepKind.APPROVED : StepKind.NOT_APPROVED, LocalDate.now(this.clock), null,
				null, text(form.note()), user, this.clock.instant());
		if (!approve) {
			this.budgets.release(id);
		}
		this.accessLog.record(user, AccessAction.UPDATE, row.view().clientId());
		return this.sides.show(user, this.store.find(user.municipalityId(), id).orElseThrow());
	}

	/**
	 * The consultant withdraws a nomination that has not started; its money is released.
	 */
	@Override
	@Transactional
	public TrajectoryView withdraw(CurrentUser user, UUID id, TrajectoryNote form) {
		Row row = this.sides.find(user, id);
		this.sides.change(user, row);
		if (!row.view().status().withdrawable()) {
			throw new RefusedException("status", "trajectory.step.notAllowed");
		}
		this.sides.move(row, row.view().status(), null, Change.to(TrajectoryStatus.WITHDRAWN));
		this.store.addStep(id, StepKind.WITHDRAWN, this.sides.day(form.date()), null, null, form.text().strip(), user,
				this.clock.instant());
		this.budgets.release(id);
		return this.sides.show(user, this.store.find(user.municipalityId(), id).orElseThrow());
	}

	/**
	 * Nominations waiting for the contract manager, without who the client is and without
	 * the motivation or any other free text about them; logged as a list.
	 */
	@Transactional
	public List<TrajectoryView> awaitingApproval(CurrentUser user) {
		this.policy.requireApprover(user);
		List<TrajectoryView> waiting = this.store.awaitingApproval(user.municipalityId())
			.stream()
			.map(row -> row.view().withoutFreeText())
			.toList();
		this.accessLog.record(user, AccessAction.LIST, waiting.stream().map(TrajectoryView::clientId).toList());
		return waiting;
	}

	/**
	 * A page of the nominations awaiting approval, for the API; every client shown is
	 * logged.
	 */
	@Transactional
	public CursorPage<TrajectoryView> awaitingApproval(CurrentUser user, String next, int limit) {
		this.policy.requireApprover(user);
		CursorPage<TrajectoryView> waiting = this.store.awaitingApproval(user.municipalityId(), next, limit)
			.map(row -> row.view().withoutFreeText());
		this.accessLog.record(user, AccessAction.LIST, waiting.items().stream().map(TrajectoryView::clientId).toList());
		return waiting;
	}

	private static String text(String value) {
		return StringUtils.hasText(value) ? value.strip() : null;
	}

}

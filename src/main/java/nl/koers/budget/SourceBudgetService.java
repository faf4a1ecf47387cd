package nl.koers.budget;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.koers.budget.api.BudgetEntry;
import nl.koers.budget.api.BudgetView;
import nl.koers.budget.api.SourceBudgets;
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
 * The municipality's budgets per source and year: the contract manager keeps them,
 * managers read them. Source and year stay as created, because commitments and payments
 * are booked against them.
 */
@Service
@Validated
class SourceBudgetService implements SourceBudgets {

	private final BudgetStore store;

	private final BudgetPolicy policy;

	private final Clock clock;

	SourceBudgetService(BudgetStore store, BudgetPolicy policy, Clock clock) {
		this.store = store;
		this.policy = policy;
		this.clock = clock;
	}

	@Override
	@Transactional
	public BudgetView create(CurrentUser user, BudgetEntry form) {
		this.policy.requireKeeper(user);
		checkReservation(form);
		if (this.store.exists(user.municipalityId(), form.source().strip(), form.year())) {
			throw new ConflictException("budget.duplicate",
					"there is already a budget for " + form.source() + " in " + form.year());
		}
		UUID id = this.store.insertBudget(user.municipalityId(), form, user.id(), this.clock.instant());
		return this.store.budget(user.municipalityId(), id).orElseThrow();
	}

	@Transactional
	public BudgetView update(CurrentUser user, UUID id, @Valid BudgetEntry form) {
		this.policy.requireKeeper(user);
		BudgetView budget = find(user, id);
		if (form.version() == null) {
			throw new InvalidFieldException("version", "validation.required");
		}
		if (!budget.source().equals(form.source().strip()) || budget.year() != form.year()) {
			throw new RefusedException("source", "budget.sourceAndYearFixed");
		}
		checkReservation(form);
		if (!this.store.updateBudget(user.municipalityId(), id, form)) {
			throw new ConflictException("budget.changedMeanwhile", "budget " + id + " was changed by someone else");
		}
		return find(user, id);
	}

	@Transactional(readOnly = true)
	public BudgetView budget(CurrentUser user, UUID id) {
		this.policy.requireReader(user);
		return find(user, id);
	}

	/**
	 * The budgets of a year, or of all years when {@code year} is null.
	 */
	@Transactional(readOnly = true)
	public List<BudgetView> budgets(CurrentUser user, Integer year) {
		this.policy.requireReader(user);
		return this.store.budgets(user.municipalityId(), year);
	}

	/**
	 * A page of the budgets by year and source, for the API.
	 */
	@Transactional(readOnly = true)
	public CursorPage<BudgetView> budgets(CurrentUser user, Integer year, String next, int limit) {
		this.policy.requireReader(user);
		return this.store.budgets(user.municipalityId(), year, next, limit);
	}

	int thisYear() {
		return LocalDate.now(this.clock).getYear();
	}

	private BudgetView find(CurrentUser user, UUID id) {
		return this.store.budget(user.municipalityId(), id).orElseThrow(() -> new NotFoundException("budget"));
	}

	private static void checkReservation(BudgetEntry form) {
		if (form.reservationPercentage() != null && form.reservationAmount() != null) {
			throw new RefusedException("reservationAmount", "budget.reservation.both");
		}
		if (form.reservationAmount() != null && form.reservationAmount().compareTo(form.amount()) > 0) {
			throw new RefusedException("reservationAmount", "budget.reservation.aboveAmount");
		}
	}

}

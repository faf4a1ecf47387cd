package nl.koers.budget;

import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Permission;
import nl.koers.identity.api.Role;

import org.springframework.stereotype.Component;

/**
 * Who may do what with budgets: the contract manager keeps them and records paid
 * invoices; managers read them and the report too.
 */
@Component("budgetPolicy")
class BudgetPolicy {

	static final Permission READ = Permission.of("read budgets and the budget report", Role.CONTRACT_MANAGER,
			Role.MANAGER);

	static final Permission KEEP = Permission.of("keep budgets and record payments", Role.CONTRACT_MANAGER);

	public boolean mayRead(CurrentUser user) {
		return READ.allows(user);
	}

	public boolean mayKeep(CurrentUser user) {
		return KEEP.allows(user);
	}

	void requireReader(CurrentUser user) {
		READ.require(user);
	}

	void requireKeeper(CurrentUser user) {
		KEEP.require(user);
	}

}

package nl.koers.demo;

import nl.koers.identity.api.Accounts;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * The two demo municipalities: West Betuwe, where everything happens, and Delft, with its
 * own consultant, clients and the pilot's budget.
 */
@Component
@Conditional(DemoEnabledCondition.class)
class DemoMunicipalities implements DemoStep {

	static final String WEST_BETUWE = "GM1960";

	private final Accounts accounts;

	DemoMunicipalities(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public void load(DemoWorld world) {
		world.municipalities(this.accounts.createMunicipality(WEST_BETUWE, "West Betuwe"),
				this.accounts.createMunicipality("GM0503", "Delft"));
	}

}

package nl.koers.demo;

import java.util.Set;

import nl.koers.identity.api.ApiScope;
import nl.koers.identity.api.ApiSystems;
import nl.koers.identity.api.NewApiSystem;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Registers the demo care institution's own software as a system, client id
 * {@value #CLIENT_ID} with the demo password as its secret, for referrals and
 * trajectories: it gets a token at {@code POST /oauth2/token} and sees what the
 * institution worker sees.
 */
@Component
@Conditional(DemoEnabledCondition.class)
class DemoApiSystems implements DemoStep {

	static final String CLIENT_ID = "instelling-systeem";

	private final ApiSystems systems;

	DemoApiSystems(ApiSystems systems) {
		this.systems = systems;
	}

	@Override
	public int order() {
		return 35;
	}

	@Override
	public void load(DemoWorld world) {
		this.systems.createSystem(new NewApiSystem(world.westBetuwe(), world.institution(), CLIENT_ID,
				"Cliëntsysteem Zorggroep Linge (demo)", DemoData.PASSWORD,
				Set.of(ApiScope.REFERRALS, ApiScope.TRAJECTORIES), null));
	}

}

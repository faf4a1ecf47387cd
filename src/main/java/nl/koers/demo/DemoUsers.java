package nl.koers.demo;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.koers.identity.api.Accounts;
import nl.koers.identity.api.NewUser;
import nl.koers.identity.api.Role;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * One demo user per role in West Betuwe (two consultants), a consultant, a contract
 * manager and a manager in Delft, and the worker of the care institution; every one has
 * the password {@link DemoData#PASSWORD}.
 */
@Component
@Conditional(DemoEnabledCondition.class)
class DemoUsers implements DemoStep {

	/**
	 * Every demo user's name, for {@link DemoPasswords}.
	 */
	static final List<String> USERNAMES = List.of("consulent", "consulent2", "coordinator", "contractbeheer", "manager",
			"beheerder", "auditor", "delft-consulent", "delft-contractbeheer", "delft-manager",
			DemoWorld.INSTITUTION_WORKER, DemoOutcomes.DELFT_WORKER);

	private final Accounts accounts;

	DemoUsers(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public void load(DemoWorld world) {
		UUID westBetuwe = world.westBetuwe();
		UUID delft = world.delft();
		user(world, westBetuwe, "consulent", "Carla Consulent", Role.CONSULTANT);
		user(world, westBetuwe, "consulent2", "Kevin Klantmanager", Role.CONSULTANT);
		user(world, westBetuwe, "coordinator", "Corrie Coördinator", Role.COORDINATOR);
		user(world, westBetuwe, "contractbeheer", "Thijs Contractbeheer", Role.CONTRACT_MANAGER);
		user(world, westBetuwe, "manager", "Marieke Manager", Role.MANAGER);
		user(world, westBetuwe, "beheerder", "Bert Beheerder", Role.ADMINISTRATOR);
		user(world, westBetuwe, "auditor", "Anouk Auditor", Role.AUDITOR);
		user(world, delft, "delft-consulent", "Dirk Delftse Consulent", Role.CONSULTANT);
		user(world, delft, "delft-contractbeheer", "Dora Delftse Contractbeheerder", Role.CONTRACT_MANAGER);
		user(world, delft, "delft-manager", "Daan Delftse Manager", Role.MANAGER);
		this.accounts.createUser(new NewUser(westBetuwe, world.institution(), DemoWorld.INSTITUTION_WORKER,
				"Ilse Instelling", DemoData.PASSWORD, Set.of(Role.INSTITUTION_WORKER)));
	}

	/**
	 * A user of the municipality's own staff, who acts in later steps by their username.
	 */
	private void user(DemoWorld world, UUID municipality, String username, String name, Role role) {
		UUID id = this.accounts
			.createUser(new NewUser(municipality, null, username, name, DemoData.PASSWORD, Set.of(role)));
		world.actor(username, id, name, municipality, role);
	}

}

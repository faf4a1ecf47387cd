package nl.koers.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import nl.koers.client.api.ClientView;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;

/**
 * What the demo steps share: the two municipalities, the care institution of the social
 * map, the users who act in later steps (by username), the registered clients, and one
 * seeded random source so that the data is the same on every run.
 */
final class DemoWorld {

	/**
	 * The username of the demo institution worker.
	 */
	static final String INSTITUTION_WORKER = "instelling";

	private final Random random = new Random(2020_11_02L);

	private final Map<String, CurrentUser> actors = new HashMap<>();

	private final List<DemoClient> clients = new ArrayList<>();

	private UUID westBetuwe;

	private UUID delft;

	private UUID institution;

	Random random() {
		return this.random;
	}

	UUID westBetuwe() {
		return this.westBetuwe;
	}

	UUID delft() {
		return this.delft;
	}

	void municipalities(UUID westBetuwe, UUID delft) {
		this.westBetuwe = westBetuwe;
		this.delft = delft;
	}

	/**
	 * The care institution whose worker sees referred clients and runs trajectories.
	 */
	UUID institution() {
		return this.institution;
	}

	void institution(UUID institution) {
		this.institution = institution;
	}

	/**
	 * The user with this username, as the later steps act for them.
	 */
	CurrentUser actor(String username) {
		CurrentUser actor = this.actors.get(username);
		if (actor == null) {
			throw new IllegalStateException("no demo user " + username);
		}
		return actor;
	}

	void actor(String username, UUID id, String name, UUID municipality, Role role) {
		this.actors.put(username, new CurrentUser(id, name, name, municipality, null, Set.of(role), true, false, null));
	}

	List<DemoClient> clients() {
		return List.copyOf(this.clients);
	}

	void client(CurrentUser author, ClientView client, int index) {
		this.clients.add(new DemoClient(author, client, index));
	}

	/**
	 * A registered client, who records its history, and its place in its municipality's
	 * list (which decides the history it gets).
	 */
	record DemoClient(CurrentUser author, ClientView client, int index) {
	}

}

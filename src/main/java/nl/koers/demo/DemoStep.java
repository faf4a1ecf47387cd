package nl.koers.demo;

/**
 * One step of the demo data, such as the users, the clients or the social map.
 * {@link DemoData} runs every step in order, in one transaction; what later steps need of
 * earlier ones (municipalities, users acting, registered clients) travels in the
 * {@link DemoWorld}.
 */
interface DemoStep {

	/**
	 * When the step runs; lower runs first.
	 */
	int order();

	/**
	 * Loads this step's data, reading from and adding to what the earlier steps left in
	 * the world.
	 */
	void load(DemoWorld world);

}

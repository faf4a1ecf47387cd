/**
 * The demo data: synthetic municipalities, users, clients and their histories for trying
 * Koers out, loaded once and only in demo mode. {@code DemoData} runs the steps
 * ({@code DemoStep}: municipalities, social map, users, second factors, the institution's
 * system, clients, histories, goals, conversations, coordination, referrals,
 * trajectories, screening) in order in one transaction; what they share travels in a
 * {@code DemoWorld}. Every step goes through the other modules' services, as a user of
 * that module would. A module without a door ({@code api}) yet is named by itself; each
 * becomes {@code "<module> :: api"} when its door exists.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "agreement :: api", "assessment :: api",
		"budget :: api", "client :: api", "consent :: api", "contract :: api", "conversation :: api",
		"coordination :: api", "goal :: api", "identity :: api", "referral :: api", "reporting :: api", "route :: api",
		"screening :: api", "socialmap :: api", "system", "trajectory :: api" })
package nl.koers.demo;

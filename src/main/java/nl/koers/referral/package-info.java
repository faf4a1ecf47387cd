/**
 * Referrals of a client to a service of the social map, with their status history, the
 * sharing check when a referral is sent (and a coordinator's override), the follow-up
 * task, the institution's view of its referred clients (implementing
 * {@link nl.koers.client.api.SharedClients} from the referral records and consent alone),
 * the referral counts per organisation, and purchase requests for when nothing on the map
 * fits. Other modules use its door {@link nl.koers.referral.api}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "accesslog :: api", "client :: api", "consent :: api", "identity :: api",
				"socialmap :: api", "privacy :: api", "system", "system :: web", "task :: api" })
package nl.koers.referral;

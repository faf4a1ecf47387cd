/**
 * Referrals of a client to a service of the social map, with their status history, the
 * sharing check when a referral is sent (and a coordinator's override), the follow-up
 * task, the institution's view of its referred clients (implementing
 * {@link nl.koers.client.api.SharedClients}), and purchase requests for when nothing on
 * the map fits.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "accesslog", "client", "consent", "identity",
		"identity :: api", "socialmap", "system", "task" })
package nl.koers.referral;

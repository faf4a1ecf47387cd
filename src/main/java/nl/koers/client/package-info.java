/**
 * Clients: register, read, change, case lead, caseload, search, and who may do what
 * ({@code ClientPolicy}); the client file with the sections other modules contribute, and
 * the client's timeline (the activity feed every module contributes to).
 *
 * <p>
 * Other modules use only the door {@link nl.koers.client.api}: the gate
 * {@link nl.koers.client.api.ClientAccess} they pass before they show or change anything
 * about a client, {@link nl.koers.client.api.Clients} to register clients and assign a
 * case lead, the event {@link nl.koers.client.api.CaseLeadAssigned}, and four service
 * provider interfaces that {@code client} owns and other modules implement:
 * {@link nl.koers.client.api.ClientFileSection} (a section of the client file, one of its
 * tabs), {@link nl.koers.client.api.ClientFileSummaryPart} (a part of the summary the
 * file opens on), {@link nl.koers.client.api.TimelineSource} (entries of the timeline)
 * and {@link nl.koers.client.api.SharedClients} (what an organisation may see of a
 * client, implemented by {@code referral} and {@code trajectory}). {@code client}
 * implements {@code accesslog}'s {@link nl.koers.accesslog.api.ClientDirectory} in turn.
 *
 * <p>
 * {@code ClientAccessService} takes the {@code SharedClients} implementations as a plain
 * list. They answer from their own stores and {@code consent}'s
 * {@code consent.api.SharingPermits}, never through the gate, so neither the modules nor
 * their beans form a cycle.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "accesslog :: api", "identity :: api", "privacy :: api", "system", "system :: web" })
package nl.koers.client;

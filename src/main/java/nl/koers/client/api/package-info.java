/**
 * The door of {@code client}: the gate {@link ClientAccess}, the service {@link Clients}
 * with what they take and give ({@link ClientDetails}, {@link ClientView},
 * {@link ClientRef}, {@link SharedClient}, {@link HouseholdType}, {@link Bsn} and
 * {@link ValidBsn}), the event {@link CaseLeadAssigned}, and the service provider
 * interfaces other modules implement: {@link ClientFileSection}, {@link TimelineSource}
 * (with {@link TimelineEntry}) and {@link SharedClients}; and {@link CaseLeads}, who
 * leads which client, for reports that count per case lead.
 */
@org.springframework.modulith.NamedInterface("api")
package nl.koers.client.api;

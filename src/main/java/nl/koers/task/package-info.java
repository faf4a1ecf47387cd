/**
 * Tasks for a client's case lead and the worklist: outreach after a no-show, the end of a
 * rest period, a periodic care-support review, a referral's follow-up, the end of a
 * trajectory. Other modules open and close tasks through its door
 * ({@link nl.koers.task.api.Tasks}); open tasks follow the client's case lead
 * ({@code client.CaseLeadAssigned}).
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "client :: api", "identity :: api", "privacy :: api", "system", "system :: web" })
package nl.koers.task;

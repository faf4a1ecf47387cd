/**
 * Tasks for a client's case lead and the worklist: outreach after a no-show, the end of a
 * rest period, a periodic care-support review. Other modules open and close tasks through
 * {@link nl.koers.task.Tasks}; open tasks follow the client's case lead.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "client", "identity", "identity :: api", "system" })
package nl.koers.task;

/**
 * Setting targets, for the demo data and whoever sets them on a manager's behalf.
 */
@org.springframework.modulith.NamedInterface("api")
package nl.koers.reporting.api;

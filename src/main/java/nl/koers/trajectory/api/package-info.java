/**
 * The door of the trajectory module: {@link nl.koers.trajectory.api.Nominations} and
 * {@link nl.koers.trajectory.api.Trajectories} with their commands and the trajectory's
 * view.
 */
@org.springframework.modulith.NamedInterface("api")
package nl.koers.trajectory.api;

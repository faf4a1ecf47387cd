/**
 * The door of the task module: {@link nl.koers.task.api.Tasks} to open and close a
 * client's tasks, with {@link nl.koers.task.api.TaskType},
 * {@link nl.koers.task.api.TaskStatus} and {@link nl.koers.task.api.TaskView}; and
 * {@link nl.koers.task.api.TaskFigures}, open tasks counted per assignee for reports.
 */
@org.springframework.modulith.NamedInterface("api")
package nl.koers.task.api;

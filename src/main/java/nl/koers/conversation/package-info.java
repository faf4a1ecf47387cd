/**
 * Activating conversations with clients: planned appointments with their outcome and
 * history, contacts without appointment, outreach after a no-show (an {@code OUTREACH}
 * task through {@link nl.koers.task.api.Tasks}, due in working days), the consultants'
 * agenda. Its door ({@link nl.koers.conversation.api}) holds the services other modules
 * call ({@code Appointments}, {@code Contacts}) with their commands, views and
 * enumerations, and the events measures depend on
 * ({@link nl.koers.conversation.api.NoShowRecorded},
 * {@link nl.koers.conversation.api.ConversationRefused},
 * {@link nl.koers.conversation.api.OutreachAttemptRecorded}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "client :: api", "document :: api",
		"identity :: api", "letter :: api", "privacy :: api", "system", "system :: web", "task :: api" })
package nl.koers.conversation;

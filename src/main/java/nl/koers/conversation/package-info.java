/**
 * Activating conversations with clients: planned appointments with their outcome and
 * history, contacts without appointment, outreach after a no-show (an {@code OUTREACH}
 * task through {@link nl.koers.task.Tasks}, due in working days), the consultants'
 * agenda, and the events measures depend on
 * ({@link nl.koers.conversation.NoShowRecorded},
 * {@link nl.koers.conversation.ConversationRefused},
 * {@link nl.koers.conversation.OutreachAttemptRecorded}).
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "client", "identity", "identity :: api", "system", "task" })
package nl.koers.conversation;

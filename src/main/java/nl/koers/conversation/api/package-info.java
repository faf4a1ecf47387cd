/**
 * The door of the conversation module: {@link nl.koers.conversation.api.Appointments} and
 * {@link nl.koers.conversation.api.Contacts} with their commands
 * ({@link nl.koers.conversation.api.AppointmentPlan},
 * {@link nl.koers.conversation.api.AppointmentOutcomeReport},
 * {@link nl.koers.conversation.api.NewContact},
 * {@link nl.koers.conversation.api.NewOutreachAttempt}), views and enumerations, and the
 * events measures depend on ({@link nl.koers.conversation.api.NoShowRecorded},
 * {@link nl.koers.conversation.api.ConversationRefused},
 * {@link nl.koers.conversation.api.OutreachAttemptRecorded}); and
 * {@link nl.koers.conversation.api.ConversationFigures}, conversations held counted for
 * reports.
 */
@org.springframework.modulith.NamedInterface("api")
package nl.koers.conversation.api;

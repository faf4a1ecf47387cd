package nl.koers.letter.api;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * What an outreach letter after a no-show says: the appointment the client missed (none
 * when unknown), the date by which we ask them to get in touch, and their consultant.
 */
public record OutreachLetter(LocalDateTime missedAppointment, LocalDate replyBy, String consultantName) {
}

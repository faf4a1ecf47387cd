package nl.koers.conversation;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/**
 * The outreach letter's one choice: the date by which the client is asked to get in
 * touch.
 */
record OutreachLetterForm(@NotNull LocalDate replyBy) {
}

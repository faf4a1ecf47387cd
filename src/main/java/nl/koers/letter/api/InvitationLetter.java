package nl.koers.letter.api;

import java.time.LocalDateTime;

/**
 * What an invitation for a conversation says: when (a wall-clock time in the
 * Netherlands), how or where ({@code channel} is a contact channel's name, such as
 * {@code FACE_TO_FACE}, with the place if one was given) and with which consultant.
 */
public record InvitationLetter(LocalDateTime plannedAt, String channel, String location, String consultantName) {
}

package nl.koers.conversation.api;

import java.time.LocalDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * A conversation without an appointment (a phone call, a walk-in) at a local date and
 * time in Europe/Amsterdam; {@code refused} when the client refused to talk.
 */
public record NewContact(@NotNull @DateTimeFormat(iso = ISO.DATE_TIME) LocalDateTime occurredAt,
		@NotNull Channel channel, @NotBlank @Size(max = 4000) String summary, Boolean refused) {
}

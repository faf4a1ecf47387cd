package nl.koers.conversation.api;

import java.time.LocalDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * A conversation to plan: {@code plannedAt} is a local date and time in Europe/Amsterdam;
 * without {@code consultantId} the client's case lead holds it, or else the planner.
 */
public record AppointmentPlan(@NotNull @DateTimeFormat(iso = ISO.DATE_TIME) LocalDateTime plannedAt,
		@NotNull Channel channel, @Size(max = 200) String location, UUID consultantId) {
}

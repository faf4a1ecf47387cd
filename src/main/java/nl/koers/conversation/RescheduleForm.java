package nl.koers.conversation;

import java.time.LocalDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * A new local date and time (Europe/Amsterdam) for a planned conversation, and why.
 */
record RescheduleForm(@NotNull @DateTimeFormat(iso = ISO.DATE_TIME) LocalDateTime plannedAt,
		@NotBlank @Size(max = 2000) String reason) {
}

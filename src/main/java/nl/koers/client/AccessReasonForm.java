package nl.koers.client;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.koers.accesslog.api.AccessReason;

/**
 * The answer to "Waarom open je dit dossier?": a reason from the list, a short text
 * (needed for {@code OTHER}), and the page to go on to.
 */
record AccessReasonForm(@NotNull AccessReason reason, @Size(max = AccessReason.TEXT_LENGTH) String text, String next) {
}

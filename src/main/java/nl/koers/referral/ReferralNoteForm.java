package nl.koers.referral;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * The institution's progress note (dated, today when left out) or feedback to the
 * consultant.
 */
record ReferralNoteForm(@PastOrPresent LocalDate date, @NotBlank @Size(max = 4000) String text) {
}

package nl.koers.trajectory;

import java.time.LocalDate;

/**
 * The start of an accepted trajectory; the date defaults to today.
 */
public record StartForm(LocalDate startedOn, Long version) {
}

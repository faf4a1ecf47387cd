package nl.koers.budget.api;

import java.math.BigDecimal;

/**
 * A year in which a source has less left than is asked of it.
 */
public record Shortfall(int year, BigDecimal needed, BigDecimal remaining) {
}

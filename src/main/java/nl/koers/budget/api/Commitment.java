package nl.koers.budget.api;

import java.math.BigDecimal;

/**
 * Money promised against a budget year; {@code phase} is set when it is owed for a phase
 * of a trajectory (then it is released when that phase is never reached).
 */
public record Commitment(int year, Integer phase, BigDecimal amount) {
}

package nl.koers.budget;

/**
 * A source that needs attention: little left ({@code LOW}) or nothing left
 * ({@code EXHAUSTED}).
 */
enum BudgetWarning {

	LOW, EXHAUSTED

}

package nl.koers.obligation;

/**
 * The measures of one year on one ground, by the year they were proposed.
 */
record MeasureYear(int year, MeasureGround ground, int proposed, int approved, int rejected) {
}

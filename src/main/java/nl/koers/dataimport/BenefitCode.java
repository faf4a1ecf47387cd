package nl.koers.dataimport;

/**
 * The kind of benefit in an import file; {@code NONE} registers a person without
 * social-assistance benefit (NUG'er, Anw'er).
 */
enum BenefitCode {

	PARTICIPATIEWET, IOAW, IOAZ, NONE

}

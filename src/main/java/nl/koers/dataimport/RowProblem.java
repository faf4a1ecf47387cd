package nl.koers.dataimport;

/**
 * What is wrong with one field of one row (line 0: the file itself). The value is shown
 * as the file has it, except a BSN, which loses its middle digits; the reason is a
 * message key ({@code import.problem.<reason>}) with at most one argument.
 */
record RowProblem(long line, String field, String shown, String reason, String argument) {

	private static final int SHOWN_LENGTH = 60;

	static RowProblem of(long line, String field, String value, String reason) {
		return new RowProblem(line, field, shown(field, value), reason, null);
	}

	static RowProblem of(long line, String field, String value, String reason, Object argument) {
		return new RowProblem(line, field, shown(field, value), reason, String.valueOf(argument));
	}

	static String shown(String field, String value) {
		if (value == null || value.isEmpty()) {
			return null;
		}
		if (field.endsWith("bsn")) {
			return value.length() <= 4 ? "*".repeat(value.length())
					: value.substring(0, 2) + "*".repeat(value.length() - 4) + value.substring(value.length() - 2);
		}
		String printable = value.replaceAll("\\p{Cntrl}", "?");
		return printable.length() <= SHOWN_LENGTH ? printable : printable.substring(0, SHOWN_LENGTH) + "…";
	}

}

package nl.koers.system;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The one way Koers writes a CSV file meant for a spreadsheet: UTF-8 with a byte order
 * mark (so Excel reads it as UTF-8), semicolons between fields, CRLF at the end of each
 * row, and every text cell neutralised against formula injection as OWASP advises: a cell
 * that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return
 * gets a single quote in front and is quoted. Numbers that Koers itself computed (a
 * {@link Number}) are written as they are, amounts ({@link BigDecimal}) with two decimals
 * in the locale's notation (a decimal comma in Dutch); everything else, dates included,
 * is text.
 */
public final class CsvWriter {

	public static final char BYTE_ORDER_MARK = '\uFEFF';

	public static final char DELIMITER = ';';

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private final StringBuilder out = new StringBuilder().append(BYTE_ORDER_MARK);

	private final DecimalFormat money;

	private CsvWriter(Locale locale) {
		this.money = new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(locale));
	}

	/**
	 * A file for a spreadsheet in this locale (which decides the decimal separator).
	 */
	public static CsvWriter forSpreadsheet(Locale locale) {
		return new CsvWriter(locale);
	}

	public CsvWriter row(Object... cells) {
		return row(Arrays.asList(cells));
	}

	public CsvWriter row(List<?> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				this.out.append(DELIMITER);
			}
			this.out.append(cell(cells.get(i)));
		}
		this.out.append("\r\n");
		return this;
	}

	/**
	 * The file so far, byte order mark included.
	 */
	public byte[] toBytes() {
		return this.out.toString().getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public String toString() {
		return this.out.toString();
	}

	private String cell(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal amount) {
			return this.money.format(amount);
		}
		if (value instanceof Number number) {
			return number.toString();
		}
		return text(value.toString());
	}

	/**
	 * Whether a spreadsheet would read the cell as a formula: it begins with {@code =},
	 * {@code +}, {@code -}, {@code @}, a tab or a carriage return (OWASP).
	 */
	public static boolean startsLikeAFormula(String cell) {
		return !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0;
	}

	/**
	 * A text cell as it goes into the file: neutralised when a spreadsheet would read it
	 * as a formula, quoted when it holds a delimiter, quote or line break.
	 */
	public static String text(String value) {
		boolean formula = startsLikeAFormula(value);
		String text = formula ? "'" + value : value;
		if (formula || text.indexOf(DELIMITER) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
				|| text.indexOf('\r') >= 0 || text.indexOf(',') >= 0) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

}

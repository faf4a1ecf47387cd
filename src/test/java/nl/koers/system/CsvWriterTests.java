package nl.koers.system;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

public class CsvWriterTests {

	/**
	 * Formula-injection payloads (OWASP) that every CSV export must neutralise.
	 */
	public static final List<String> PAYLOADS = List.of("=HYPERLINK(\"http://x\")", "+1", "-1", "@SUM(1)", "\t=1",
			"\r=1");

	@Test
	void everyFormulaPayloadGetsAQuoteInFrontAndIsQuoted() {
		assertThat(PAYLOADS.stream().map(CsvWriter::text).toList()).containsExactly("\"'=HYPERLINK(\"\"http://x\"\")\"",
				"\"'+1\"", "\"'-1\"", "\"'@SUM(1)\"", "\"'\t=1\"", "\"'\r=1\"");
		for (String payload : PAYLOADS) {
			assertThat(neutralised(CsvWriter.text(payload))).isTrue();
		}
	}

	@Test
	void plainTextStaysAsItIsAndDelimitersAreQuoted() {
		assertThat(CsvWriter.text("Activeringsbureau De Brug")).isEqualTo("Activeringsbureau De Brug");
		assertThat(CsvWriter.text("a;b")).isEqualTo("\"a;b\"");
		assertThat(CsvWriter.text("zeg \"ja\"")).isEqualTo("\"zeg \"\"ja\"\"\"");
		assertThat(CsvWriter.text("a=1")).isEqualTo("a=1");
	}

	@Test
	void aFileStartsWithAByteOrderMarkAndWritesNumbersAsNumbers() {
		byte[] file = CsvWriter.forSpreadsheet(Locale.forLanguageTag("nl"))
			.row("Gemeente", "Peildatum", "Aantal", "Bedrag")
			.row("-1", LocalDate.of(2026, 1, 1), -3, new BigDecimal("-5355"))
			.toBytes();
		assertThat(new String(file, StandardCharsets.UTF_8))
			.isEqualTo("\uFEFFGemeente;Peildatum;Aantal;Bedrag\r\n\"'-1\";2026-01-01;-3;-5355,00\r\n");
		assertThat(file).startsWith(0xEF, 0xBB, 0xBF);
	}

	/**
	 * Whether a cell as written (quoted or not) cannot start a formula: after removing
	 * the surrounding quotes, it does not begin with a formula character.
	 */
	public static boolean neutralised(String cell) {
		String value = cell.startsWith("\"") && cell.endsWith("\"") ? cell.substring(1, cell.length() - 1) : cell;
		return value.isEmpty() || "=+-@\t\r".indexOf(value.charAt(0)) < 0;
	}

}

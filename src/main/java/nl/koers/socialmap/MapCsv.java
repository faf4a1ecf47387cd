package nl.koers.socialmap;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import nl.koers.system.CsvWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The files of an HSDS 3.0 tabular data package: a ZIP with {@code datapackage.json} and
 * one CSV file per resource, as HSDS writes them (RFC 4180, UTF-8 without a byte-order
 * mark, a header row of field names).
 */
final class MapCsv {

	static final String DESCRIPTOR = "datapackage.json";

	private static final Pattern NUMBER_OR_PHONE = Pattern.compile("[+-][0-9 ().-]*");

	private MapCsv() {
	}

	/**
	 * Writes the package: the descriptor, then for each resource its file with the given
	 * header and rows (a row's missing fields are empty).
	 */
	static byte[] write(byte[] descriptor, Map<String, List<String>> headers,
			Map<String, List<Map<String, String>>> rows) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry(DESCRIPTOR));
			zip.write(descriptor);
			zip.closeEntry();
			for (Map.Entry<String, List<String>> file : headers.entrySet()) {
				zip.putNextEntry(new ZipEntry(file.getKey()));
				Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer,
						CSVFormat.RFC4180.builder().setHeader(file.getValue().toArray(String[]::new)).get());
				for (Map<String, String> row : rows.getOrDefault(file.getKey(), List.of())) {
					List<String> values = new ArrayList<>();
					file.getValue().forEach(field -> values.add(neutralised(row.getOrDefault(field, ""))));
					printer.printRecord(values);
				}
				printer.flush();
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/**
	 * Reads the package's CSV files by name (a folder inside the ZIP is ignored); a file
	 * missing from the ZIP reads as empty. A byte-order mark is skipped.
	 */
	static Map<String, List<CSVRecord>> read(InputStream in) throws IOException {
		Map<String, List<CSVRecord>> files = new HashMap<>();
		try (ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				String name = entry.getName().replaceFirst(".*/", "");
				if (!entry.isDirectory() && name.endsWith(".csv")) {
					String content = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
					if (content.startsWith("\uFEFF")) {
						content = content.substring(1);
					}
					files.put(name, CSVFormat.RFC4180.builder()
						.setHeader()
						.setSkipHeaderRecord(true)
						.setIgnoreEmptyLines(true)
						.setTrim(false)
						.get()
						.parse(new InputStreamReader(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)),
								StandardCharsets.UTF_8))
						.getRecords());
				}
			}
		}
		catch (IllegalArgumentException | IllegalStateException | UncheckedIOException ex) {
			throw new IOException("the package holds a file that is not CSV", ex);
		}
		return files;
	}

	/**
	 * A cell a spreadsheet would read as a formula ({@code =}, {@code @}, a tab or
	 * carriage return first, or {@code +} or {@code -} followed by more than a number or
	 * phone number) gets a single quote in front, as OWASP advises; {@link #restored}
	 * takes it off again on import, so that a package round-trips exactly and phone
	 * numbers stay as they are.
	 */
	static String neutralised(String cell) {
		// NUMBER_OR_PHONE begins with + or -: such a cell is data, not a formula
		return CsvWriter.startsLikeAFormula(cell) && !NUMBER_OR_PHONE.matcher(cell).matches() ? "'" + cell : cell;
	}

	static String restored(String cell) {
		return cell.length() > 1 && cell.charAt(0) == '\'' && CsvWriter.startsLikeAFormula(cell.substring(1))
				? cell.substring(1) : cell;
	}

	static String text(Object value) {
		return value == null ? "" : value.toString();
	}

}

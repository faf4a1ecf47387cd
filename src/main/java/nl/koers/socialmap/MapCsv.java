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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The social map as an Open Referral (HSDS) data package: a ZIP with
 * {@code organizations.csv}, {@code locations.csv}, {@code services.csv} and
 * {@code contacts.csv}, with HSDS column names and Koers's own fields prefixed
 * {@code koers_}.
 */
final class MapCsv {

	static final String[] ORGANIZATIONS = { "id", "name", "description", "email", "website", "phone", "koers_kind",
			"koers_verified_on" };

	static final String[] LOCATIONS = { "id", "organization_id", "name", "address_1", "postal_code", "city",
			"country" };

	static final String[] SERVICES = { "id", "organization_id", "name", "description", "status", "koers_category",
			"koers_location_id", "koers_verified_on" };

	static final String[] CONTACTS = { "id", "organization_id", "name", "title", "email", "phone" };

	private MapCsv() {
	}

	/**
	 * Writes the package; each file is a table of rows in the column order above.
	 */
	static byte[] write(Map<String, List<List<String>>> tables) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, List<List<String>>> table : tables.entrySet()) {
				zip.putNextEntry(new ZipEntry(table.getKey()));
				Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer,
						CSVFormat.RFC4180.builder().setHeader(header(table.getKey())).get());
				for (List<String> row : table.getValue()) {
					printer.printRecord(row);
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
	 * Reads the package's files by name; a file missing from the ZIP reads as empty.
	 */
	static Map<String, List<CSVRecord>> read(InputStream in) throws IOException {
		Map<String, List<CSVRecord>> files = new HashMap<>();
		try (ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				String name = entry.getName().replaceFirst(".*/", "");
				if (header(name) != null) {
					byte[] content = zip.readAllBytes();
					files.put(name,
							CSVFormat.RFC4180.builder()
								.setHeader()
								.setSkipHeaderRecord(true)
								.setIgnoreEmptyLines(true)
								.get()
								.parse(new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8))
								.getRecords());
				}
			}
		}
		for (String name : List.of("organizations.csv", "locations.csv", "services.csv", "contacts.csv")) {
			files.putIfAbsent(name, new ArrayList<>());
		}
		return files;
	}

	static String[] header(String file) {
		return switch (file) {
			case "organizations.csv" -> ORGANIZATIONS;
			case "locations.csv" -> LOCATIONS;
			case "services.csv" -> SERVICES;
			case "contacts.csv" -> CONTACTS;
			default -> null;
		};
	}

	static String text(LocalDate day) {
		return day == null ? "" : day.toString();
	}

	static String text(UUID id) {
		return id == null ? "" : id.toString();
	}

	static String text(Object value) {
		return value == null ? "" : value.toString();
	}

}

package nl.koers.dataimport;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An import file as the income administration sends it: UTF-8 (a byte-order mark is
 * skipped), either CSV separated by semicolons with a header row, or one JSON object per
 * line. What is wrong with the file as a whole (its encoding, its separator, its header)
 * is named with the line where it was found, never guessed around.
 */
final class ImportFile {

	/**
	 * The columns of the CSV layout, all required in the header (in any order). Benefits
	 * and household members are lists in one cell, items separated by {@code |}, the
	 * parts of an item by {@code :} (see the README).
	 */
	static final List<String> COLUMNS = List.of("bsn", "givenName", "namePrefix", "familyName", "dateOfBirth",
			"address.street", "address.houseNumber", "address.postalCode", "address.city", "benefits", "profile",
			"profile.effectiveDate", "household");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String text;

	private final ImportFormat format;

	private ImportFile(String text, ImportFormat format) {
		this.text = text;
		this.format = format;
	}

	/**
	 * The file, checked as a whole.
	 * @throws FileRefused when it is not UTF-8, not separated by semicolons or its header
	 * is not the layout's
	 */
	static ImportFile of(byte[] content, ImportFormat format) {
		ImportFile file = new ImportFile(decode(content), format);
		if (format == ImportFormat.CSV) {
			file.checkHeader();
		}
		return file;
	}

	/**
	 * The persons in the file, in order.
	 */
	Iterator<RawPerson> persons() {
		return this.format == ImportFormat.CSV ? csv() : jsonLines();
	}

	private static String decode(byte[] content) {
		if (content.length >= 2 && ((content[0] == (byte) 0xFE && content[1] == (byte) 0xFF)
				|| (content[0] == (byte) 0xFF && content[1] == (byte) 0xFE))) {
			throw new FileRefused("utf16", 1);
		}
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(content);
		CharBuffer out = CharBuffer.allocate(content.length);
		CoderResult result = decoder.decode(in, out, true);
		if (result.isError()) {
			throw new FileRefused("encoding", lineAt(content, in.position()));
		}
		decoder.flush(out);
		String text = out.flip().toString();
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	private static long lineAt(byte[] content, int position) {
		long line = 1;
		for (int i = 0; i < position; i++) {
			if (content[i] == '\n') {
				line++;
			}
		}
		return line;
	}

	private void checkHeader() {
		String header = this.text.lines().findFirst().orElse("");
		if (header.isBlank()) {
			throw new FileRefused("empty", 1);
		}
		if (!header.contains(";")) {
			String found = header.contains(",") ? "," : header.contains("\t") ? "tab" : null;
			if (found != null) {
				throw new FileRefused("separator", 1, found);
			}
		}
		Set<String> names = new LinkedHashSet<>(Arrays.stream(header.split(";", -1)).map(String::strip).toList());
		List<String> unknown = names.stream().filter(name -> !COLUMNS.contains(name)).toList();
		if (!unknown.isEmpty()) {
			throw new FileRefused("unknownColumns", 1, String.join(", ", unknown));
		}
		List<String> missing = COLUMNS.stream().filter(name -> !names.contains(name)).toList();
		if (!missing.isEmpty()) {
			throw new FileRefused("missingColumns", 1, String.join(", ", missing));
		}
	}

	private Iterator<RawPerson> csv() {
		CSVParser parser;
		try {
			parser = CSVFormat.RFC4180.builder()
				.setDelimiter(';')
				.setHeader()
				.setSkipHeaderRecord(true)
				.setIgnoreSurroundingSpaces(true)
				.setIgnoreEmptyLines(true)
				.get()
				.parse(new StringReader(this.text));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Iterator<CSVRecord> records = parser.iterator();
		return new Iterator<>() {

			private int position;

			private long line = 1;

			@Override
			public boolean hasNext() {
				try {
					return records.hasNext();
				}
				catch (UncheckedIOException ex) {
					throw new FileRefused("csv", parser.getCurrentLineNumber() + 1);
				}
			}

			@Override
			public RawPerson next() {
				CSVRecord record = records.next();
				int start = (int) record.getCharacterPosition();
				// a record's position is where the parser began, before the empty lines
				// it skipped
				while (start < ImportFile.this.text.length() && isLineEnd(ImportFile.this.text.charAt(start))) {
					start++;
				}
				for (; this.position < start; this.position++) {
					if (ImportFile.this.text.charAt(this.position) == '\n') {
						this.line++;
					}
				}
				return CsvPerson.read(record, this.line);
			}

		};
	}

	private static boolean isLineEnd(char character) {
		return character == '\n' || character == '\r';
	}

	private Iterator<RawPerson> jsonLines() {
		Iterator<String> lines = this.text.lines().iterator();
		return new Iterator<>() {

			private long line;

			private String next;

			@Override
			public boolean hasNext() {
				while (this.next == null && lines.hasNext()) {
					this.line++;
					String candidate = lines.next();
					this.next = candidate.isBlank() ? null : candidate;
				}
				return this.next != null;
			}

			@Override
			public RawPerson next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				String value = this.next;
				this.next = null;
				return JsonPerson.read(this.line, parse(value));
			}

		};
	}

	private static JsonNode parse(String line) {
		try {
			JsonNode node = JSON.readTree(line);
			return node != null && node.isObject() ? node : null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	/**
	 * The file as a whole cannot be read; the reason is a message key
	 * ({@code import.file.<reason>}).
	 */
	static final class FileRefused extends RuntimeException {

		private final String reason;

		private final long line;

		private final String argument;

		FileRefused(String reason, long line) {
			this(reason, line, null);
		}

		FileRefused(String reason, long line, String argument) {
			super(reason);
			this.reason = reason;
			this.line = line;
			this.argument = argument;
		}

		String reason() {
			return this.reason;
		}

		long line() {
			return this.line;
		}

		String argument() {
			return this.argument;
		}

		List<Object> arguments() {
			List<Object> arguments = new ArrayList<>();
			arguments.add(this.line);
			if (this.argument != null) {
				arguments.add(this.argument);
			}
			return arguments;
		}

	}

}

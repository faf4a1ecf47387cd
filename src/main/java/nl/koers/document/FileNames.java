package nl.koers.document;

import java.text.Normalizer;

/**
 * The name a document is stored and downloaded under: the last part of what the browser
 * sent, only letters, digits, spaces, dots, dashes and underscores, at most 120
 * characters, and always the extension of its real type.
 */
final class FileNames {

	static final int MAX_LENGTH = 120;

	private FileNames() {
	}

	static String sanitise(String original, FileType type) {
		String name = original == null ? "" : original;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = Normalizer.normalize(name, Normalizer.Form.NFC)
			.replaceAll("[^\\p{L}\\p{N} ._-]", "_")
			.replaceAll("\\.{2,}", ".")
			.strip();
		int dot = name.lastIndexOf('.');
		String base = (dot >= 0 ? name.substring(0, dot) : name).replaceAll("^[._ -]+", "").strip();
		if (base.isEmpty()) {
			base = "document";
		}
		int room = MAX_LENGTH - type.extension().length();
		return (base.length() > room ? base.substring(0, room).strip() : base) + type.extension();
	}

}

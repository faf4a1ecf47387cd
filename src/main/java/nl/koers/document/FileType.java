package nl.koers.document;

import java.util.Arrays;
import java.util.Optional;

/**
 * The file types a client file accepts, recognised by the first bytes of the content, so
 * that a renamed file of another type is refused.
 */
enum FileType {

	PDF("application/pdf", ".pdf", new byte[] { '%', 'P', 'D', 'F', '-' }),

	JPEG("image/jpeg", ".jpg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }),

	PNG("image/png", ".png", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });

	private final String mediaType;

	private final String extension;

	private final byte[] signature;

	FileType(String mediaType, String extension, byte[] signature) {
		this.mediaType = mediaType;
		this.extension = extension;
		this.signature = signature;
	}

	String mediaType() {
		return this.mediaType;
	}

	String extension() {
		return this.extension;
	}

	static Optional<FileType> of(byte[] content) {
		return Arrays.stream(values())
			.filter(type -> content.length >= type.signature.length
					&& Arrays.equals(content, 0, type.signature.length, type.signature, 0, type.signature.length))
			.findFirst();
	}

}

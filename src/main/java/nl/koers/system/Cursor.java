package nl.koers.system;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * The opaque {@code next} cursor of a keyset-paged list: the sort key values of the last
 * item of a page, encoded so that clients treat them as a token.
 */
public record Cursor(List<String> keys) {

	private static final String SEPARATOR = "\u001f";

	public static Cursor of(String... keys) {
		return new Cursor(List.of(keys));
	}

	public String encode() {
		byte[] raw = String.join(SEPARATOR, this.keys).getBytes(StandardCharsets.UTF_8);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
	}

	/**
	 * Decodes a cursor that should hold {@code size} keys; anything else is bad input.
	 */
	public static Cursor decode(String token, int size) {
		try {
			String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
			List<String> keys = Arrays.asList(raw.split(SEPARATOR, -1));
			if (keys.size() != size) {
				throw new InvalidFieldException("next", "validation.cursor");
			}
			return new Cursor(keys);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidFieldException("next", "validation.cursor");
		}
	}

	public String key(int index) {
		return this.keys.get(index);
	}

	/**
	 * The key as the parser reads it; a key it cannot read is bad input.
	 */
	public <T> T key(int index, Function<String, T> parser) {
		try {
			return parser.apply(key(index));
		}
		catch (RuntimeException ex) {
			throw new InvalidFieldException("next", "validation.cursor");
		}
	}

}

package nl.koers.letter;

import java.util.Base64;

/**
 * A municipality's logo for its letters: a PNG or JPEG (checked by content when it was
 * uploaded) with its size in pixels. In the letter it is scaled to fit a box of
 * {@value #MAX_WIDTH_MM} by {@value #MAX_HEIGHT_MM} millimetres, keeping its proportions.
 */
record Logo(byte[] content, String mediaType, int width, int height) {

	static final double MAX_WIDTH_MM = 60;

	static final double MAX_HEIGHT_MM = 22;

	/**
	 * The logo as a {@code data:} address, so that the renderer fetches nothing.
	 */
	String dataUri() {
		return "data:" + this.mediaType + ";base64," + Base64.getEncoder().encodeToString(this.content);
	}

	/**
	 * The CSS size that fits the box.
	 */
	String style() {
		double scale = Math.min(MAX_WIDTH_MM / this.width, MAX_HEIGHT_MM / this.height);
		return String.format(java.util.Locale.ROOT, "width: %.1fmm; height: %.1fmm;", this.width * scale,
				this.height * scale);
	}

}

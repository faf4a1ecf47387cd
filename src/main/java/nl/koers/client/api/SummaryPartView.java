package nl.koers.client.api;

import java.util.List;

/**
 * One part of the client file's summary: a heading, the tab (the section's address) that
 * shows more, and a few lines; {@code emptyKey} is shown when there are no lines.
 *
 * @param key a short name of the part, for the page's ids and tests
 * @param titleKey the message key of the heading
 * @param link the address of the section that shows more, or {@code null}
 * @param lines what the part says, at most a few
 * @param emptyKey the message key shown without lines
 */
public record SummaryPartView(String key, String titleKey, String link, List<Line> lines, String emptyKey) {

	public SummaryPartView {
		lines = lines == null ? List.of() : List.copyOf(lines);
	}

	/**
	 * A line: a label (a message key, may be {@code null}) and what it says: a value (a
	 * message key without arguments, such as a route's name) and a text (a message key
	 * with its arguments, already in words, such as a formatted date), either may be
	 * {@code null}. An {@code alert} line needs attention (an overdue review); its text
	 * says so in words, not only by colour.
	 *
	 * @param labelKey the message key of the label, or {@code null}
	 * @param valueKey the message key of a value without arguments, or {@code null}
	 * @param textKey the message key of the text, or {@code null}
	 * @param args the text's arguments
	 * @param alert whether the line needs attention
	 * @param link an address that shows the item, or {@code null}
	 */
	public record Line(String labelKey, String valueKey, String textKey, List<String> args, boolean alert,
			String link) {

		public Line {
			args = args == null ? List.of() : List.copyOf(args);
		}

		/**
		 * A line with a text and its arguments.
		 */
		public static Line of(String labelKey, String textKey, String... args) {
			return new Line(labelKey, null, textKey, List.of(args), false, null);
		}

		/**
		 * A line with only a value.
		 */
		public static Line value(String labelKey, String valueKey) {
			return new Line(labelKey, valueKey, null, List.of(), false, null);
		}

		/**
		 * The same line with a value before its text.
		 */
		public Line withValue(String key) {
			return new Line(this.labelKey, key, this.textKey, this.args, this.alert, this.link);
		}

		public Line alerted() {
			return new Line(this.labelKey, this.valueKey, this.textKey, this.args, true, this.link);
		}

		public Line linked(String address) {
			return new Line(this.labelKey, this.valueKey, this.textKey, this.args, this.alert, address);
		}

	}

}

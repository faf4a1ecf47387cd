package nl.koers.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.koers.system.RefusedException.Reason;

/**
 * The safe limits of what an administrator writes into a letter: plain text only. A text
 * is never read as HTML or as a template: the letter puts it in with {@code th:text}
 * (escaped), after {@link #fill} has replaced the placeholders. On top of that, saving
 * refuses what looks like markup or an expression ({@code <}, {@code >}, {@code ${},
 * {@code [[} and the like), control characters, texts that are too long, and any
 * placeholder outside {@link #PLACEHOLDERS}.
 */
final class LetterText {

	/**
	 * The placeholders a text block may use: the client's name, the letter's date, the
	 * consultant, the municipality as printed and its phone number.
	 */
	static final List<String> PLACEHOLDERS = List.of("naam", "datum", "consulent", "gemeente", "telefoon");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

	private static final Pattern EXPRESSION = Pattern.compile("[$*#@~]\\{|\\[\\[|\\[\\(|__|\\]\\]|\\)\\]");

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]");

	private LetterText() {
	}

	/**
	 * Why a text block cannot be saved; none when it can.
	 */
	static List<Reason> checkBlock(String field, String text) {
		List<Reason> reasons = new ArrayList<>(checkPlain(field, text, TextBlock.MAX_LENGTH, true));
		if (!reasons.isEmpty()) {
			return reasons;
		}
		Matcher placeholder = PLACEHOLDER.matcher(text);
		while (placeholder.find()) {
			if (!PLACEHOLDERS.contains(placeholder.group(1))) {
				reasons.add(new Reason(field, "letter.settings.unknownPlaceholder", placeholder.group(),
						String.join(", ", PLACEHOLDERS.stream().map(name -> "{" + name + "}").toList())));
				return reasons;
			}
		}
		if (PLACEHOLDER.matcher(text).replaceAll("").matches("(?s).*[{}].*")) {
			reasons.add(new Reason(field, "letter.settings.brace"));
		}
		return reasons;
	}

	/**
	 * Why a field of the letterhead cannot be saved: as a text block, but no placeholders
	 * at all, and new lines only where {@code lines} allows them.
	 */
	static List<Reason> checkField(String field, String text, int max, boolean lines) {
		List<Reason> reasons = new ArrayList<>(checkPlain(field, text, max, lines));
		if (reasons.isEmpty() && text != null && (text.contains("{") || text.contains("}"))) {
			reasons.add(new Reason(field, "letter.settings.brace"));
		}
		return reasons;
	}

	private static List<Reason> checkPlain(String field, String text, int max, boolean lines) {
		if (text == null) {
			return List.of();
		}
		if (text.length() > max) {
			return List.of(new Reason(field, "letter.settings.tooLong", String.valueOf(max)));
		}
		if (text.indexOf('<') >= 0 || text.indexOf('>') >= 0) {
			return List.of(new Reason(field, "letter.settings.markup"));
		}
		if (EXPRESSION.matcher(text).find()) {
			return List.of(new Reason(field, "letter.settings.expression"));
		}
		if (CONTROL.matcher(text).find() || (!lines && (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0))) {
			return List.of(new Reason(field, "letter.settings.control"));
		}
		return List.of();
	}

	/**
	 * The text with its placeholders replaced by these values (a placeholder without a
	 * value becomes empty).
	 */
	static String fill(String text, Map<String, String> values) {
		Matcher placeholder = PLACEHOLDER.matcher(text);
		StringBuilder filled = new StringBuilder();
		while (placeholder.find()) {
			String value = PLACEHOLDERS.contains(placeholder.group(1)) ? values.getOrDefault(placeholder.group(1), "")
					: placeholder.group();
			placeholder.appendReplacement(filled, Matcher.quoteReplacement(value == null ? "" : value));
		}
		placeholder.appendTail(filled);
		return filled.toString();
	}

}

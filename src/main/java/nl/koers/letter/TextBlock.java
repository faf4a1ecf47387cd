package nl.koers.letter;

/**
 * The parts of the letters an administrator may word differently: plain text with the
 * placeholders of {@link LetterText}. Without a text of its own a block says what the
 * Dutch bundle says under {@code defaultKey}. What the law requires (the six weeks to
 * object and where, the decision, its ground and article) is never a block.
 */
enum TextBlock {

	MEASURE_OPENING("letter.measure.intro"),

	EXEMPTION_OPENING("letter.exemption.intro"),

	EXEMPTION_CHANGES("letter.exemption.changes"),

	OBJECTION("letter.objection.contents"),

	INVITATION_OPENING("letter.invitation.opening"),

	INVITATION_BRING_ALONG("letter.invitation.bringAlong"),

	INVITATION_CANCEL("letter.invitation.cancel"),

	OUTREACH_OPENING("letter.outreach.opening"),

	OUTREACH_CONTACT("letter.outreach.contact"),

	CLOSING("letter.regards");

	static final int MAX_LENGTH = 1000;

	private final String defaultKey;

	TextBlock(String defaultKey) {
		this.defaultKey = defaultKey;
	}

	String defaultKey() {
		return this.defaultKey;
	}

}

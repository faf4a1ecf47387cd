package nl.koers.letter;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import nl.koers.client.api.ClientView;
import nl.koers.client.api.Clients;
import nl.koers.document.api.DocumentKind;
import nl.koers.document.api.DocumentView;
import nl.koers.document.api.Documents;
import nl.koers.document.api.NewDocument;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.UserDirectory;
import nl.koers.letter.api.ExemptionLetter;
import nl.koers.letter.api.InvitationLetter;
import nl.koers.letter.api.Letters;
import nl.koers.letter.api.MeasureLetter;
import nl.koers.letter.api.OutreachLetter;
import nl.koers.system.DutchTime;
import nl.koers.system.Open;
import nl.koers.system.XhtmlPdf;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Writes letters: the client's name and address, the municipality's letterhead and text
 * blocks, the letter's parts from a template, rendered to PDF and filed in the client
 * file. Letters are in Dutch, whatever language the user reads Koers in.
 */
@Service
class LetterService implements Letters {

	static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

	static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);

	private static final String CHECKED_BY_DOCUMENTS = "called by a module inside its own checked step; the client "
			+ "gate (reading the client) and the document policy (filing the letter) decide for the user";

	private final Clients clients;

	private final Documents documents;

	private final UserDirectory users;

	private final LetterheadStore letterheads;

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final Clock clock;

	LetterService(Clients clients, Documents documents, UserDirectory users, LetterheadStore letterheads,
			ITemplateEngine templates, MessageSource messages, Clock clock) {
		this.clients = clients;
		this.documents = documents;
		this.users = users;
		this.letterheads = letterheads;
		this.templates = templates;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	@Transactional
	@Open(CHECKED_BY_DOCUMENTS)
	public DocumentView measureDecision(CurrentUser user, UUID clientId, MeasureLetter letter) {
		return write(user, clientId, "measure-decision", user.displayName(), Map.of("measure", letter));
	}

	@Override
	@Transactional
	@Open(CHECKED_BY_DOCUMENTS)
	public DocumentView exemptionDecision(CurrentUser user, UUID clientId, ExemptionLetter letter) {
		return write(user, clientId, "exemption-decision", user.displayName(), Map.of("exemption", letter));
	}

	@Override
	@Transactional
	@Open(CHECKED_BY_DOCUMENTS)
	public DocumentView invitation(CurrentUser user, UUID clientId, InvitationLetter letter) {
		return write(user, clientId, "invitation", letter.consultantName(), Map.of("invitation", letter));
	}

	@Override
	@Transactional
	@Open(CHECKED_BY_DOCUMENTS)
	public DocumentView outreach(CurrentUser user, UUID clientId, OutreachLetter letter) {
		return write(user, clientId, "outreach", letter.consultantName(), Map.of("outreach", letter));
	}

	private DocumentView write(CurrentUser user, UUID clientId, String kind, String author, Map<String, Object> parts) {
		ClientView client = this.clients.get(user, clientId);
		LocalDate today = LocalDate.now(this.clock.withZone(DutchTime.ZONE));
		UUID municipalityId = user.municipalityId();
		byte[] pdf = render(kind, letterhead(municipalityId), this.letterheads.texts(municipalityId),
				new Addressee(client.displayName(), client.street(), client.houseNumber(), client.postalCode(),
						client.city()),
				today, author, parts);
		return this.documents.file(user, clientId,
				new NewDocument(DocumentKind.LETTER, title(kind), kind + "-" + today + ".pdf", pdf));
	}

	String title(String kind) {
		return this.messages.getMessage("letter.title." + kind, null, DUTCH);
	}

	/**
	 * A letter of this kind as PDF, with these settings, for this addressee.
	 */
	byte[] render(String kind, Letterhead letterhead, Map<TextBlock, String> custom, Addressee addressee,
			LocalDate date, String author, Map<String, Object> parts) {
		Map<String, String> values = new HashMap<>();
		values.put("naam", addressee.displayName());
		values.put("datum", LONG_DATE.format(date));
		values.put("consulent", author);
		values.put("gemeente", letterhead.printedName());
		values.put("telefoon", letterhead.contactPhone());
		Map<String, String> blocks = new HashMap<>();
		for (TextBlock block : TextBlock.values()) {
			blocks.put(block.name(), LetterText.fill(custom.getOrDefault(block, standardText(block)), values));
		}
		Context context = new Context(DUTCH);
		context.setVariable("client", addressee);
		context.setVariable("letterhead", letterhead);
		if (letterhead.logo() != null) {
			context.setVariable("logoSource", letterhead.logo().dataUri());
			context.setVariable("logoStyle", letterhead.logo().style());
		}
		context.setVariable("blocks", blocks);
		context.setVariable("date", date);
		context.setVariable("author", author);
		context.setVariables(parts);
		return XhtmlPdf.render(this.templates.process("letter/" + kind, context));
	}

	/**
	 * Every block's default text, in Dutch.
	 */
	Map<TextBlock, String> standardTexts() {
		Map<TextBlock, String> texts = new EnumMap<>(TextBlock.class);
		for (TextBlock block : TextBlock.values()) {
			texts.put(block, standardText(block));
		}
		return texts;
	}

	private String standardText(TextBlock block) {
		return this.messages.getMessage(block.defaultKey(), null, DUTCH);
	}

	Letterhead letterhead(UUID municipalityId) {
		String municipality = municipalityName(municipalityId);
		return this.letterheads.find(municipalityId, municipality).orElseGet(() -> Letterhead.standard(municipality));
	}

	String municipalityName(UUID municipalityId) {
		return this.users.municipalityName(municipalityId).orElseThrow();
	}

	/**
	 * To whom a letter goes: the name and address it shows.
	 */
	record Addressee(String displayName, String street, String houseNumber, String postalCode, String city) {
	}

}

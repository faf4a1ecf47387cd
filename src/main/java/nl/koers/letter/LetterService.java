package nl.koers.letter;

import java.time.Clock;
import java.time.LocalDate;
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
import nl.koers.letter.api.Letters;
import nl.koers.letter.api.MeasureLetter;
import nl.koers.system.DutchTime;
import nl.koers.system.Open;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Writes decision letters: the client's name and address, the municipality's letterhead,
 * the decision's parts from a template, rendered to PDF and filed in the client file.
 * Letters are in Dutch, whatever language the user reads Koers in.
 */
@Service
class LetterService implements Letters {

	static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

	private static final String CHECKED_BY_DOCUMENTS = "called by a module inside its own checked step; the client "
			+ "gate (reading the client) and the document policy (filing the letter) decide for the user";

	private final Clients clients;

	private final Documents documents;

	private final UserDirectory users;

	private final LetterheadStore letterheads;

	private final ITemplateEngine templates;

	private final PdfRenderer renderer;

	private final MessageSource messages;

	private final Clock clock;

	LetterService(Clients clients, Documents documents, UserDirectory users, LetterheadStore letterheads,
			ITemplateEngine templates, PdfRenderer renderer, MessageSource messages, Clock clock) {
		this.clients = clients;
		this.documents = documents;
		this.users = users;
		this.letterheads = letterheads;
		this.templates = templates;
		this.renderer = renderer;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	@Transactional
	@Open(CHECKED_BY_DOCUMENTS)
	public DocumentView measureDecision(CurrentUser user, UUID clientId, MeasureLetter letter) {
		return write(user, clientId, "measure-decision", Map.of("measure", letter));
	}

	@Override
	@Transactional
	@Open(CHECKED_BY_DOCUMENTS)
	public DocumentView exemptionDecision(CurrentUser user, UUID clientId, ExemptionLetter letter) {
		return write(user, clientId, "exemption-decision", Map.of("exemption", letter));
	}

	private DocumentView write(CurrentUser user, UUID clientId, String kind, Map<String, Object> decision) {
		ClientView client = this.clients.get(user, clientId);
		LocalDate today = LocalDate.now(this.clock.withZone(DutchTime.ZONE));
		Context context = new Context(DUTCH);
		context.setVariable("client", client);
		context.setVariable("letterhead", letterhead(user.municipalityId()));
		context.setVariable("date", today);
		context.setVariable("author", user.displayName());
		context.setVariables(decision);
		byte[] pdf = this.renderer.render(this.templates.process("letter/" + kind, context));
		String title = this.messages.getMessage("letter.title." + kind, null, DUTCH);
		return this.documents.file(user, clientId,
				new NewDocument(DocumentKind.LETTER, title, kind + "-" + today + ".pdf", pdf));
	}

	private Letterhead letterhead(UUID municipalityId) {
		String municipality = this.users.municipalityName(municipalityId).orElseThrow();
		return this.letterheads.find(municipalityId, municipality).orElseGet(() -> Letterhead.standard(municipality));
	}

}

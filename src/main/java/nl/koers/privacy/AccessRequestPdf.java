package nl.koers.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import nl.koers.system.XhtmlPdf;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The readable access request, in Dutch: a cover page (the client, the date, the
 * municipality, what article 15 of the AVG gives and what the export holds), then a
 * section per kind of data with its heading and each row as labelled fields. Rendered
 * from the Thymeleaf template {@code privacy/access-request-pdf} (well-formed XHTML), as
 * the letters are.
 */
@Component
class AccessRequestPdf {

	static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

	private final ITemplateEngine templates;

	private final AccessRequestLabels labels;

	AccessRequestPdf(ITemplateEngine templates, AccessRequestLabels labels) {
		this.templates = templates;
		this.labels = labels;
	}

	byte[] render(AccessRequest request) {
		Context context = new Context(DUTCH);
		context.setVariable("request", request);
		context.setVariable("madeOn", this.labels.format(request.madeAt(), DUTCH));
		context.setVariable("dateOfBirth", this.labels.format(request.subject().dateOfBirth(), DUTCH));
		context.setVariable("sections",
				request.sections().stream().map(section -> section(section, request.subject().id())).toList());
		return XhtmlPdf.render(this.templates.process("privacy/access-request-pdf", context));
	}

	/**
	 * A section with its rows as labelled fields: empty values, the municipality's id and
	 * the client's own id (the cover page names both) left out; the JSON has them all.
	 */
	private Section section(AccessRequestSection section, UUID clientId) {
		List<List<Field>> rows = new ArrayList<>();
		for (Map<String, Object> row : section.rows()) {
			List<Field> fields = new ArrayList<>();
			row.forEach((column, value) -> {
				String text = this.labels.format(section.key(), column, value, DUTCH);
				boolean sameForEveryRow = "municipality_id".equals(column)
						|| ("client_id".equals(column) && clientId.equals(value));
				if (!text.isEmpty() && !sameForEveryRow) {
					fields.add(new Field(this.labels.label(section.key(), column, DUTCH), text));
				}
			});
			rows.add(fields);
		}
		return new Section(section.key(), this.labels.title(section.key(), DUTCH), rows);
	}

	/**
	 * A section as the PDF shows it.
	 */
	record Section(String key, String title, List<List<Field>> rows) {
	}

	/**
	 * A labelled value.
	 */
	record Field(String label, String value) {
	}

}

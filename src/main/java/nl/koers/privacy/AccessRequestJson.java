package nl.koers.privacy;

import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The machine-readable access request: the client, then a section per table with its
 * heading and rows; column names in camelCase, dates and instants in ISO-8601 (instants
 * in UTC), ids as text. A document row links to its file ({@code link}); the file itself
 * is not in the export.
 */
@Component
class AccessRequestJson {

	static final String DOCUMENT = "document";

	private final AccessRequestLabels labels;

	AccessRequestJson(AccessRequestLabels labels) {
		this.labels = labels;
	}

	Map<String, Object> write(AccessRequest request, Locale locale) {
		Map<String, Object> client = new LinkedHashMap<>();
		client.put("id", request.subject().id().toString());
		client.put("name", request.subject().name());
		client.put("bsn", request.subject().bsn());
		client.put("dateOfBirth", value(request.subject().dateOfBirth()));
		List<Map<String, Object>> sections = new ArrayList<>();
		for (AccessRequestSection section : request.sections()) {
			Map<String, Object> part = new LinkedHashMap<>();
			part.put("table", section.key());
			part.put("title", this.labels.title(section.key(), locale));
			part.put("kind", section.kind());
			List<Map<String, Object>> rows = new ArrayList<>();
			for (Map<String, Object> row : section.rows()) {
				Map<String, Object> fields = new LinkedHashMap<>();
				row.forEach((column, value) -> fields.put(camelCase(column), value(value)));
				if (DOCUMENT.equals(section.key()) && row.get("id") != null) {
					fields.put("link", "/api/v1/documents/" + row.get("id"));
				}
				rows.add(fields);
			}
			part.put("rows", rows);
			sections.add(part);
		}
		Map<String, Object> export = new LinkedHashMap<>();
		export.put("client", client);
		export.put("municipality", request.municipality());
		export.put("madeAt", request.madeAt().toString());
		export.put("madeBy", request.madeBy());
		export.put("sections", sections);
		return export;
	}

	static String camelCase(String column) {
		StringBuilder name = new StringBuilder();
		boolean upper = false;
		for (char c : column.toCharArray()) {
			if (c == '_') {
				upper = true;
			}
			else {
				name.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return name.toString();
	}

	private static Object value(Object value) {
		if (value == null || value instanceof Number || value instanceof Boolean || value instanceof String) {
			return value;
		}
		if (value instanceof Temporal || value instanceof java.util.UUID) {
			return value.toString();
		}
		if (value instanceof Iterable<?> values) {
			List<Object> list = new ArrayList<>();
			values.forEach(each -> list.add(value(each)));
			return list;
		}
		return value.toString();
	}

}
